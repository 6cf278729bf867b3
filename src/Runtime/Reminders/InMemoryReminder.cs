namespace Voice.Runtime.Reminders;

/// <summary>One armed reminder: a TimeProvider timer whose ticks go to the owning service.</summary>
internal sealed class InMemoryReminder : IDisposable
{
    private readonly InMemoryReminderService _owner;
    private readonly TimeProvider _timeProvider;
    private readonly DateTimeOffset _firstTickTime;
    private readonly ITimer _timer;

    public InMemoryReminder(InMemoryReminderService owner, ReminderRegistration registration, TimeProvider timeProvider)
    {
        _owner = owner;
        _timeProvider = timeProvider;
        Registration = registration;
        _firstTickTime = timeProvider.GetUtcNow() + registration.DueTime;
        var period = registration.Period > TimeSpan.Zero ? registration.Period : Timeout.InfiniteTimeSpan;
        _timer = timeProvider.CreateTimer(static s => ((InMemoryReminder)s!).Fire(), this, registration.DueTime, period);
    }

    public ReminderRegistration Registration { get; }

    public void Dispose() => _timer.Dispose();

    private void Fire() => _owner.Deliver(Registration, new ReminderTick(_firstTickTime, Registration.Period, _timeProvider.GetUtcNow()));
}
