namespace Voice.Grains.Calls;

/// <summary>What a <see cref="MediaBridge"/> is doing, which decides what its completion or failure means.</summary>
public static class BridgePurpose
{
    /// <summary>Make call: the called party's offer goes to the calling phone, which already answered.</summary>
    public const string MakeCall = "MakeCall";

    /// <summary>Single-step transfer: the destination rings and is then connected with the party that stays.</summary>
    public const string Transfer = "Transfer";

    /// <summary>Two-step: the consulted destination rings and is then connected with the consulting party.</summary>
    public const string Consult = "Consult";

    /// <summary>Two-step transfer completed: the consulted party is connected with the held party.</summary>
    public const string CompleteTransfer = "CompleteTransfer";

    /// <summary>Conference: one member's new offer is answered by the mixer (no target leg).</summary>
    public const string JoinConference = "JoinConference";

    /// <summary>Consultation cancelled: the consulting party is connected back with the held party.</summary>
    public const string Reconnect = "Reconnect";
}
