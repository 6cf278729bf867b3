using Voice.Grains.Contracts.Calls;
using Voice.Sip.Sdp;

namespace Voice.Grains.Calls;

public sealed partial class CallThreadGrain
{
    public Task<CallControlResult> ConferenceAsync(string dn, string destination) =>
        ConsultAsync(dn, destination, ConsultationKinds.Conference);

    /// <summary>
    /// Two-step, first step: <paramref name="dn"/> puts the other party on hold (unless it already did) and the
    /// destination is rung without SDP; when it answers, its offer goes to <paramref name="dn"/>'s phone, so the
    /// consultation reuses the dialog the phone already has (no second line needed on the phone).
    /// </summary>
    private async Task<CallControlResult> ConsultAsync(string dn, string destination, string kind)
    {
        var refused = Refusal(dn, out var leg, out var other) ?? DestinationCheck(destination, leg, other);
        if (refused is not null)
        {
            return refused;
        }

        if (State.HeldByLegId is { } holder && holder != leg.Id)
        {
            return CallControlResult.Refused("HeldByOther", $"{other.Party} holds the call; {dn} cannot consult now");
        }

        // Reached first: a refusal must leave the call exactly as it was (the hold below changes its state).
        var reached = await ReachAsync(destination, leg.RemoteUri);
        if (reached.Refusal is { } unreachable)
        {
            return unreachable;
        }

        var change = new CallChange();
        if (State.HeldByLegId is null && StartHold(change, leg, other) is { } noMedia)
        {
            return noMedia;
        }

        State.Consultation = new Consultation
        {
            Kind = kind,
            ByLegId = leg.Id,
            HeldLegId = other.Id,
            Destination = reached.Number,
            DestinationAgentId = reached.AgentId,
            DestinationExternal = reached.External,
        };
        if (reached.AgentId is { } agent)
        {
            State.PartyAgents[reached.Number] = agent;
        }

        change.Events.Add(CallEventFor(CallEventIds.Dialing, dn, RoleOf(leg), reached.Number, PartyRole.Destination, ConsultReasons(kind)));
        StartBridgeToNewLegs(change, BridgePurpose.Consult, reached.Legs, leg);
        await CommitAsync(change);
        await ArmRingTimerAsync();
        Log.Transfer(_logger, Key, dn, kind == ConsultationKinds.Transfer ? "two-step transfer" : "two-step conference", reached.Number);
        return CallControlResult.Accepted;
    }

    public async Task<CallControlResult> CompleteConsultationAsync(string dn)
    {
        if (ConsultationRefusal(dn, needConnected: true, out var consultation, out var by, out var held, out var consulted) is { } refused)
        {
            return refused;
        }

        var change = new CallChange();
        if (consultation.Kind == ConsultationKinds.Conference)
        {
            if (StartConference(change, consultation, by, held, consulted!) is { IsOk: false } noMixer)
            {
                return noMixer;
            }
        }
        else
        {
            CompleteTransfer(change, consultation, by, held, consulted!, byHungUp: false);
        }

        await CommitAsync(change);
        return CallControlResult.Accepted;
    }

    /// <summary>
    /// The consulting party leaves, the consulted one takes its place on its side of the call, and a bridge connects
    /// the consulted party with the held one (its new offer to the held party also takes the hold off).
    /// </summary>
    private void CompleteTransfer(CallChange change, Consultation consultation, CallLeg by, CallLeg held, CallLeg consulted, bool byHungUp)
    {
        if (!byHungUp)
        {
            LeaveCall(change, by, consulted.Party, ReleaseCause.Transferred);
        }

        ReplaceParty(by, new AddedParty(consulted.Party, consultation.DestinationAgentId, consultation.DestinationExternal, [], null), consulted.Id);
        State.Consultation = null;
        State.HoldOffer = null;
        StartBridgeFromLeg(change, BridgePurpose.CompleteTransfer, consulted, held);
    }

    public async Task<CallControlResult> CancelConsultationAsync(string dn)
    {
        if (ConsultationRefusal(dn, needConnected: false, out var consultation, out var by, out var held, out var consulted) is { } refused)
        {
            return refused;
        }

        var change = new CallChange();
        if (consulted is not null)
        {
            LeaveCall(change, consulted, dn, ReleaseCause.Cancelled);
        }
        else
        {
            AbandonBridge(change);
            if (!consultation.DestinationExternal)
            {
                change.Events.Add(ConsultationReleasedEvent(consultation, ReleaseCause.Cancelled, dn));
            }
        }

        State.Consultation = null;
        StartBridgeFromLeg(change, BridgePurpose.Reconnect, held, by);
        await CommitAsync(change);
        return CallControlResult.Accepted;
    }

    /// <summary>
    /// Why <paramref name="dn"/> cannot complete or cancel a consultation now, or null with the consultation's legs
    /// (<paramref name="consulted"/> null while the destination still rings).
    /// </summary>
    private CallControlResult? ConsultationRefusal(
        string dn,
        bool needConnected,
        out Consultation consultation,
        out CallLeg by,
        out CallLeg held,
        out CallLeg? consulted)
    {
        (consultation, by, held, consulted) = (null!, null!, null!, null);
        if (State.Consultation is not { } c || FindLeg(c.ByLegId) is not { } byLeg || byLeg.Party != dn)
        {
            return CallControlResult.Refused("NoConsultation", $"{dn} has no consultation in progress on call {CallThreadId}");
        }

        if (needConnected && !c.Connected)
        {
            return CallControlResult.Refused("NotConnected", $"{c.Destination} has not answered the consultation yet");
        }

        if (State.PendingReInvite is not null || (State.Bridge is { } bridge && (bridge.SourceLegId is not null || bridge.Purpose != BridgePurpose.Consult)))
        {
            return CallControlResult.Refused("OfferPending", "a media change is in progress; try again when it completes");
        }

        (consultation, by, held) = (c, byLeg, FindLeg(c.HeldLegId)!);
        consulted = c.ConsultLegId is { } id ? FindLeg(id) : null;
        return null;
    }

    /// <summary>Third-party hold of <paramref name="other"/> by <paramref name="leg"/>'s party; null, or why it cannot be done.</summary>
    private CallControlResult? StartHold(CallChange change, CallLeg leg, CallLeg other)
    {
        if (leg.Sdp is null || !SessionDescription.TryParse(System.Text.Encoding.UTF8.GetBytes(leg.Sdp), out var media, out _, out _))
        {
            return CallControlResult.Refused("NoMedia", $"{leg.Party} has no session description to put on hold");
        }

        State.HoldOffer = media.CreateHoldOffer().ToString();
        var relay = InDialogAction(other, "INVITE", State.HoldOffer, "application/sdp", reportResponses: true);
        State.PendingReInvite = new PendingReInvite
        {
            FromLegId = leg.Id,
            ToLegId = other.Id,
            SentCSeq = relay.CSeq,
            HadOffer = true,
            IsHold = true,
        };
        change.Actions.Add(relay);
        return null;
    }

    private Voice.Runtime.GrainEvent ConsultationReleasedEvent(Consultation consultation, string cause, string? releasedBy)
    {
        var reasons = new Dictionary<string, string> { ["Cause"] = cause };
        if (releasedBy is not null)
        {
            reasons["ReleasedBy"] = releasedBy;
        }

        var by = FindLeg(consultation.ByLegId);
        return CallEventFor(CallEventIds.Released, consultation.Destination, PartyRole.Destination, by?.Party, PartyRole.Origination, reasons);
    }

    private static Dictionary<string, string> ConsultReasons(string kind) => new() { ["Consultation"] = kind };
}
