namespace Voice.Grains.Contracts.Routing;

/// <summary>The outcome of putting a call in a queue: its position (1 = next), or why it was refused.</summary>
public sealed record QueueResult(int Position, string? Error, string? Message)
{
    public bool IsOk => Error is null;

    public static QueueResult Queued(int position) => new(position, null, null);

    public static QueueResult Refused(string error, string message) => new(0, error, message);
}
