namespace Voice.Grains.Calls;

/// <summary>
/// Connecting two legs' media by offer/answer (RFC 3725 §4.1 style, persisted so another node can finish it): the
/// source legs are asked for an offer (a new INVITE without SDP to each fork, or a re-INVITE without SDP to an
/// existing leg); the first offer goes to the target leg in a re-INVITE, and its answer is ACKed back to the source.
/// </summary>
public sealed class MediaBridge
{
    /// <summary>What the bridge is for (<see cref="BridgePurpose"/>), deciding what its end means for the call.</summary>
    public string Purpose { get; set; } = string.Empty;

    /// <summary>The legs asked for an offer; several when a new destination rings on several contacts.</summary>
    public List<string> SourceLegIds { get; set; } = [];

    /// <summary>The source leg whose offer was taken (the fork that answered); null while they are still asked.</summary>
    public string? SourceLegId { get; set; }

    /// <summary>CSeq of the INVITE the source was asked with (a new leg's first INVITE, or the re-INVITE).</summary>
    public long SourceCSeq { get; set; }

    /// <summary>The leg that receives the offer.</summary>
    public string TargetLegId { get; set; } = string.Empty;

    /// <summary>CSeq of the re-INVITE carrying the offer to the target; 0 until it is sent.</summary>
    public long TargetCSeq { get; set; }

    /// <summary>The source's offer, kept to answer it with an inactive stream should the target refuse.</summary>
    public string? Offer { get; set; }

    /// <summary>Whether the new party's ringing was published (once, whichever fork rang first).</summary>
    public bool RingingPublished { get; set; }

    /// <summary>When new source legs stop ringing (no answer), or null for an existing leg.</summary>
    public DateTimeOffset? RingDeadline { get; set; }
}
