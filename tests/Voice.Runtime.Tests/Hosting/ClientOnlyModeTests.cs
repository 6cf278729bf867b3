using Microsoft.Extensions.DependencyInjection;
using Voice.Runtime.Hosting;
using Voice.Runtime.Remoting;
using Voice.Runtime.Tests.Grains;
using Voice.Runtime.Tests.Support;

namespace Voice.Runtime.Tests.Hosting;

public sealed class ClientOnlyModeTests
{
    [Fact]
    public async Task ClientOnly_SlotOwnedByThisNode_CallGoesRemoteAndNothingActivates()
    {
        var remote = new RecordingRemoteInvoker();
        var services = new ServiceCollection();
        RuntimeHost.AddTestGrains(services, new GrainProbe());
        services.AddSingleton<IRemoteGrainInvoker>(remote);
        services.AddGrainRuntime(options =>
        {
            options.NodeId = "tool";
            options.ClientOnly = true;
            options.JsonTypeInfoResolvers.Add(TestGrainJsonContext.Default);
        });
        await using var provider = services.BuildServiceProvider();
        var runtime = provider.GetRequiredService<GrainRuntime>();

        // The embedded slot table names "tool" as the owner of every slot; a client must still not activate.
        var result = await runtime.GetGrain<IEchoGrain>("k").EchoAsync(5);

        Assert.Equal(42, result);
        Assert.Equal(0, runtime.ActivationCount);
        var request = Assert.Single(remote.Requests);
        Assert.Equal(new GrainId("echo", "k"), request.GrainId);
        Assert.Equal("[5]", System.Text.Encoding.UTF8.GetString(request.Arguments.Span));
        await runtime.StopAsync();
    }

    private sealed class RecordingRemoteInvoker : IRemoteGrainInvoker
    {
        public List<RemoteGrainRequest> Requests { get; } = [];

        public Task<RemoteGrainResponse> InvokeAsync(RemoteGrainRequest request, CancellationToken cancellationToken = default)
        {
            Requests.Add(request with { Arguments = request.Arguments.ToArray() });
            return Task.FromResult(new RemoteGrainResponse("42"u8.ToArray(), null));
        }
    }
}
