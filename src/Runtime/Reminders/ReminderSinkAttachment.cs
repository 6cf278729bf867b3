namespace Voice.Runtime.Reminders;

/// <summary>Detaches a sink from <see cref="InMemoryReminderService"/> when disposed.</summary>
internal sealed class ReminderSinkAttachment(InMemoryReminderService owner, IReminderSink sink) : IDisposable
{
    public void Dispose() => owner.Detach(sink);
}
