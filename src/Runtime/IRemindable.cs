namespace Voice.Runtime;

/// <summary>Implemented by grain classes that register reminders; each reminder tick arrives as a turn.</summary>
public interface IRemindable : IGrain
{
    Task ReceiveReminderAsync(string reminderName, ReminderTick tick);
}
