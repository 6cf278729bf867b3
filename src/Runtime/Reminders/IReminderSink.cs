namespace Voice.Runtime.Reminders;

/// <summary>Receives reminder ticks from an <see cref="IReminderService"/>.</summary>
public interface IReminderSink
{
    Task DeliverReminderAsync(GrainId grainId, string name, ReminderTick tick);
}
