namespace Voice.Runtime.Hosting;

/// <summary>Stands in for a reminder sink attachment on a client-only node.</summary>
internal sealed class NoReminderAttachment : IDisposable
{
    public static readonly NoReminderAttachment Instance = new();

    public void Dispose()
    {
    }
}
