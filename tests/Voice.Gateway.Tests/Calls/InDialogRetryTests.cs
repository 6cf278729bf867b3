using Voice.Gateway.Sip.Calls;
using Voice.Runtime;

namespace Voice.Gateway.Tests.Calls;

/// <summary>Retrying a non-INVITE in-dialog request while its call thread's node fails over.</summary>
public sealed class InDialogRetryTests
{
    [Fact]
    public async Task TransientFailures_AreRetried_UntilTheCallAnswers()
    {
        var attempts = 0;

        var answer = await InDialogRetry.RunAsync(() =>
        {
            attempts++;
            return attempts switch
            {
                1 => throw new IOException("stream reset by the dying node"),
                2 => throw new GrainCallTimeoutException("call thread demo:1 did not answer OnInDialogRequestAsync in time"),
                _ => Task.FromResult(200),
            };
        });

        Assert.Equal((200, 3), (answer, attempts));
    }

    [Fact]
    public async Task WhatTheGrainDecided_IsNotRetried()
    {
        var attempts = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() => InDialogRetry.RunAsync<int>(() =>
        {
            attempts++;
            throw new InvalidOperationException("a bug in the grain");
        }));

        Assert.Equal(1, attempts);
    }
}
