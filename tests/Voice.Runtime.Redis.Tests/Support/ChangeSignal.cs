namespace Voice.Runtime.Redis.Tests.Support;

/// <summary>
/// Waits for a condition that becomes true through events (membership changes, slot acquired/lost): each
/// <see cref="Pulse"/> re-evaluates the condition; no polling. Times out with a message naming what never happened.
/// </summary>
public sealed class ChangeSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Pulse() => Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task pulse = Volatile.Read(ref _next).Task;
            if (condition())
            {
                return;
            }

            try
            {
                await pulse.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Timed out after {timeout.TotalMilliseconds} ms waiting for: {what}");
            }
        }
    }
}
