namespace Voice.Runtime.Reminders;

/// <summary>
/// Durable (in cluster mode) per-grain reminders. Ticks are handed to an attached <see cref="IReminderSink"/> (the
/// runtime), which delivers them as turns to the grain's <see cref="IRemindable"/>, activating it if needed.
/// </summary>
public interface IReminderService
{
    Task RegisterOrUpdateAsync(GrainId grainId, string name, TimeSpan dueTime, TimeSpan period, CancellationToken cancellationToken = default);

    Task UnregisterAsync(GrainId grainId, string name, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ReminderRegistration>> GetRemindersAsync(GrainId grainId, CancellationToken cancellationToken = default);

    /// <summary>Attaches a delivery target; dispose the result to detach.</summary>
    IDisposable AttachSink(IReminderSink sink);
}
