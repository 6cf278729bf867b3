using Voice.Grains.Contracts.Calls;

namespace Voice.Grains.Calls;

/// <summary>The persisted call: parties, legs (dialogs) and what is pending; written on every change.</summary>
public sealed class CallThreadState
{
    public CallPhase Phase { get; set; } = CallPhase.None;

    /// <summary>Inbound (from a trunk), Internal (extension to extension) or Outbound.</summary>
    public string CallType { get; set; } = string.Empty;

    /// <summary>The caller's DN when an extension calls, else null (a trunk's caller is only a number).</summary>
    public string? CallerDn { get; set; }

    /// <summary>The calling number (the From user).</summary>
    public string Ani { get; set; } = string.Empty;

    /// <summary>The digits dialled (Request-URI user).</summary>
    public string Dialled { get; set; } = string.Empty;

    /// <summary>The resolved destination DN or number.</summary>
    public string Callee { get; set; } = string.Empty;

    /// <summary>The agent logged in on the callee DN when the call was offered, if any.</summary>
    public string? CalleeAgentId { get; set; }

    /// <summary>The agent logged in on the calling extension, if any.</summary>
    public string? CallerAgentId { get; set; }

    /// <summary>The callee is a number outside the tenant, reached through a trunk (an outbound call).</summary>
    public bool CalleeIsExternal { get; set; }

    /// <summary>The leg the call began with: the INVITE we answer, or (make call) the one we sent to the calling phone.</summary>
    public CallLeg? Caller { get; set; }

    /// <summary>The leg of the origination party now: the caller's, until a transfer by that party replaces it.</summary>
    public string ALegId { get; set; } = CallLeg.CallerLegId;

    /// <summary>Make call (RFC 3725): we invited the calling phone, so <see cref="Caller"/> is a leg we are the UAC of.</summary>
    public bool CallerInvited { get; set; }

    /// <summary>A media re-connection in progress (transfer, consultation, make call), or null.</summary>
    public MediaBridge? Bridge { get; set; }

    /// <summary>A consultation (two-step transfer or conference) in progress, or null.</summary>
    public Consultation? Consultation { get; set; }

    /// <summary>The routing of a call that reached a route point, or null.</summary>
    public CallRouting? Routing { get; set; }

    /// <summary>The conference the call became, or null.</summary>
    public ConferenceState? Conference { get; set; }

    /// <summary>The agent logged in on each DN that has been a party (for AgentID on its events).</summary>
    public Dictionary<string, string> PartyAgents { get; set; } = [];

    public List<CallLeg> Callees { get; set; } = [];

    /// <summary>The callee leg that answered.</summary>
    public string? AnsweredLegId { get; set; }

    /// <summary>Whether EventRinging was published.</summary>
    public bool RingingPublished { get; set; }

    /// <summary>The leg whose party put the other on hold, or null.</summary>
    public string? HeldByLegId { get; set; }

    public PendingReInvite? PendingReInvite { get; set; }

    /// <summary>The hold offer sent for a third-party hold, which a retrieve turns back to sendrecv.</summary>
    public string? HoldOffer { get; set; }

    /// <summary>
    /// Late offer: the leg whose 2xx we have not ACKed yet, because its offer went to the other party and the answer
    /// comes back in that party's ACK (RFC 3264 §5); null when no ACK is owed.
    /// </summary>
    public string? AckOwedLegId { get; set; }

    /// <summary>CSeq of the INVITE whose 2xx is owed an ACK.</summary>
    public long AckOwedCSeq { get; set; }

    public int NextLegNumber { get; set; } = 1;

    public long EventSeq { get; set; }

    /// <summary>The data attached to the call (TLib user data): every call event carries it as it is at that moment.</summary>
    public Dictionary<string, string> UserData { get; set; } = new(StringComparer.Ordinal);

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }
}
