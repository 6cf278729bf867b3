namespace Voice.Grains.Calls;

/// <summary>Why a call ended, as the <c>Cause</c> reason of EventReleased.</summary>
public static class ReleaseCause
{
    public const string Normal = "Normal";
    public const string NoAnswer = "NoAnswer";
    public const string Busy = "Busy";
    public const string Rejected = "Rejected";
    public const string NotFound = "NotFound";
    public const string Forbidden = "Forbidden";
    public const string NotRegistered = "NotRegistered";
    public const string NoRoute = "NoRoute";
    public const string Abandoned = "Abandoned";
    public const string AckTimeout = "AckTimeout";
    public const string Transferred = "Transferred";
    public const string Cancelled = "Cancelled";
    public const string MediaFailed = "MediaFailed";

    /// <summary>The cause a final SIP refusal means for the party that was rung.</summary>
    public static string ForStatus(int status) => status switch
    {
        486 or 600 => Busy,
        408 or 480 => NoAnswer,
        404 or 604 => NotFound,
        _ => Rejected,
    };
}
