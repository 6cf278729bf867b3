namespace Voice.Grains.Calls;

/// <summary>
/// A re-INVITE relayed from one leg to the other and not answered yet: the received one's transaction
/// (<see cref="Handle"/> on <see cref="FromLegId"/>) is answered with what the other leg answers (RFC 3261 §14).
/// </summary>
public sealed class PendingReInvite
{
    public string FromLegId { get; set; } = string.Empty;

    public string FromNodeId { get; set; } = string.Empty;

    /// <summary>The received re-INVITE's transaction; empty for a hold or retrieve asked through the API.</summary>
    public string Handle { get; set; } = string.Empty;

    public string ToLegId { get; set; } = string.Empty;

    /// <summary>The CSeq of the re-INVITE we sent on the other leg.</summary>
    public long SentCSeq { get; set; }

    /// <summary>Whether the re-INVITE carried an offer; if not, the answer to the other leg's offer comes in the ACK.</summary>
    public bool HadOffer { get; set; }

    /// <summary>Whether the offer puts the other party on hold (sendonly / inactive / 0.0.0.0).</summary>
    public bool IsHold { get; set; }
}
