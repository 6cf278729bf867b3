namespace Voice.Runtime.Hosting;

/// <summary>
/// A grain timer: each tick is queued as a turn of its activation; a tick is dropped while the previous one is
/// still pending, so ticks never pile up behind a slow callback.
/// </summary>
internal sealed class GrainTimer(GrainActivation activation, Func<CancellationToken, Task> callback) : IDisposable
{
    private ITimer? _timer;
    private int _pending;
    private volatile bool _disposed;

    public GrainActivation Activation => activation;

    public void Start(TimeProvider timeProvider, TimeSpan dueTime, TimeSpan period)
        => _timer = timeProvider.CreateTimer(static s => ((GrainTimer)s!).OnTick(), this, dueTime, period <= TimeSpan.Zero ? Timeout.InfiniteTimeSpan : period);

    public Task RunAsync() => _disposed ? Task.CompletedTask : callback(activation.Runtime.StoppingToken);

    public void TickDone() => Volatile.Write(ref _pending, 0);

    public void Dispose()
    {
        _disposed = true;
        _timer?.Dispose();
        activation.RemoveTimer(this);
    }

    private void OnTick()
    {
        if (_disposed || Interlocked.Exchange(ref _pending, 1) == 1)
        {
            return;
        }

        activation.Enqueue(new TimerTickWorkItem(this));
    }
}
