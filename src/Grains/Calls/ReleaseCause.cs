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
}
