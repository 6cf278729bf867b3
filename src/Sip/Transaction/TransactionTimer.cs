namespace Voice.Sip.Transaction;

/// <summary>
/// One one-shot timer of a transaction, backed by an <see cref="ITimer"/> from the injected
/// <see cref="TimeProvider"/> (no polling thread). Remembers the interval it was last armed with,
/// which the retransmission timers (A, E, G) double.
/// </summary>
internal sealed class TransactionTimer : IDisposable
{
    private readonly ITimer _timer;

    public TransactionTimer(TimeProvider timeProvider, Action callback) =>
        _timer = timeProvider.CreateTimer(static state => ((Action)state!)(), callback, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

    public TimeSpan Interval { get; private set; }

    public void Start(TimeSpan due)
    {
        Interval = due;
        _timer.Change(due, Timeout.InfiniteTimeSpan);
    }

    public void Stop() => _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

    public void Dispose() => _timer.Dispose();
}
