using Voice.Grains.Contracts.Calls;
using Voice.Sip.Sdp;

namespace Voice.Grains.Calls;

public sealed partial class CallThreadGrain
{
    public async Task<CallControlResult> HoldAsync(string dn)
    {
        if (Refusal(dn, out var leg, out var other) is { } refused)
        {
            return refused;
        }

        if (State.HeldByLegId is not null)
        {
            return CallControlResult.Refused("AlreadyHeld", $"the call is already on hold (by {FindLeg(State.HeldByLegId)?.Party})");
        }

        var change = new CallChange();
        if (StartHold(change, leg, other) is { } noMedia)
        {
            return noMedia;
        }

        await CommitAsync(change);
        return CallControlResult.Accepted;
    }

    public async Task<CallControlResult> RetrieveAsync(string dn)
    {
        if (Refusal(dn, out var leg, out var other) is { } refused)
        {
            return refused;
        }

        if (State.HeldByLegId != leg.Id || State.HoldOffer is null)
        {
            return CallControlResult.Refused("NotHeld", $"{dn} has not put the call on hold");
        }

        var retrieve = SessionDescription.Parse(State.HoldOffer).CreateRetrieveOffer().ToString();
        return await ReOfferAsync(leg, other, retrieve);
    }

    public async Task<CallControlResult> ReleaseAsync(string dn)
    {
        if (!IsInternalParty(dn))
        {
            return CallControlResult.Refused("NotAParty", $"{dn} is not a party to call {CallThreadId}");
        }

        if (State.Phase == CallPhase.Established && State.Conference is not null)
        {
            return await RemovePartyAsync(dn, dn);
        }

        switch (State.Phase)
        {
            case CallPhase.Established:
                var change = new CallChange();
                AnswerPendingReInvite(change, 487, "Request Terminated");
                HangUpLiveLegs(change, except: null, $"Released by {dn}");
                MarkReleased(change, ReleaseCause.Normal, null, releasedBy: dn);
                await CommitAsync(change);
                await ArmLingerAsync();
                return CallControlResult.Accepted;
            case CallPhase.Alerting when dn == State.CallerDn:
                await ReleaseUnansweredAsync(487, "Request Terminated", ReleaseCause.Abandoned, abandoned: true);
                return CallControlResult.Accepted;
            case CallPhase.Alerting:
                // The callee declines the ringing call.
                await ReleaseUnansweredAsync(486, "Busy Here", ReleaseCause.Rejected, abandoned: false);
                return CallControlResult.Accepted;
            default:
                return CallControlResult.Refused("NotActive", $"call {CallThreadId} is {State.Phase}");
        }
    }

    /// <summary>A re-INVITE we originate towards <paramref name="other"/> on behalf of <paramref name="leg"/>'s party.</summary>
    private async Task<CallControlResult> ReOfferAsync(CallLeg leg, CallLeg other, string offer)
    {
        var relay = InDialogAction(other, "INVITE", offer, "application/sdp", reportResponses: true);
        State.PendingReInvite = new PendingReInvite
        {
            FromLegId = leg.Id,
            ToLegId = other.Id,
            SentCSeq = relay.CSeq,
            HadOffer = true,
            IsHold = false,
        };
        var change = new CallChange();
        change.Actions.Add(relay);
        await CommitAsync(change);
        return CallControlResult.Accepted;
    }

    /// <summary>Why <paramref name="dn"/> cannot change the media of this call now, or null with its leg and the other one.</summary>
    private CallControlResult? Refusal(string dn, out CallLeg leg, out CallLeg other)
    {
        (leg, other) = (null!, null!);
        if (!IsInternalParty(dn))
        {
            return CallControlResult.Refused("NotAParty", $"{dn} is not a party to call {CallThreadId}");
        }

        if (State.Phase != CallPhase.Established || AnsweredCallee is not { } callee)
        {
            return CallControlResult.Refused("NotEstablished", $"call {CallThreadId} is {State.Phase}, not connected");
        }

        if (State.PendingReInvite is not null || State.AckOwedLegId is not null || State.Bridge is not null)
        {
            return CallControlResult.Refused("OfferPending", "another media change is in progress; try again when it completes");
        }

        if (State.Conference is not null)
        {
            return CallControlResult.Refused("InConference", $"call {CallThreadId} is a conference; remove parties or release instead");
        }

        if (State.Consultation is not null)
        {
            return CallControlResult.Refused("ConsultationInProgress", "a consultation is in progress; complete or cancel it first");
        }

        (leg, other) = dn == State.CallerDn ? (ALeg!, callee) : (callee, ALeg!);
        return null;
    }

    private bool IsInternalParty(string dn) => dn == State.CallerDn || (!State.CalleeIsExternal && dn == State.Callee && State.Phase != CallPhase.None);
}
