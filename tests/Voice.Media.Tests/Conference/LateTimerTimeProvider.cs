namespace Voice.Media.Tests.Conference;

/// <summary>
/// A clock whose timers fire only when the test says, at whatever time it has set: how a periodic timer looks
/// on a host that runs its callbacks late.
/// </summary>
internal sealed class LateTimerTimeProvider : TimeProvider
{
    private readonly List<(TimerCallback Callback, object? State)> _timers = [];
    private long _ticks = TimeSpan.TicksPerDay;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    public override DateTimeOffset GetUtcNow() => new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(GetTimestamp());

    public void Advance(TimeSpan delta) => Interlocked.Add(ref _ticks, delta.Ticks);

    /// <summary>Runs every timer callback once, now.</summary>
    public void FireAll()
    {
        foreach (var (callback, state) in _timers.ToList())
        {
            callback(state);
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _timers.Add((callback, state));
        return new InertTimer();
    }

    private sealed class InertTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
