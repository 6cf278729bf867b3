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

        if (leg.Sdp is null || !SessionDescription.TryParse(System.Text.Encoding.UTF8.GetBytes(leg.Sdp), out var media, out _, out _))
        {
            return CallControlResult.Refused("NoMedia", $"{dn} has no session description to put on hold");
        }

        var hold = media.CreateHoldOffer().ToString();
        State.HoldOffer = hold;
        return await ReOfferAsync(leg, other, hold, isHold: true);
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
        return await ReOfferAsync(leg, other, retrieve, isHold: false);
    }

    public async Task<CallControlResult> ReleaseAsync(string dn)
    {
        if (!IsInternalParty(dn))
        {
            return CallControlResult.Refused("NotAParty", $"{dn} is not a party to call {CallThreadId}");
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
    private async Task<CallControlResult> ReOfferAsync(CallLeg leg, CallLeg other, string offer, bool isHold)
    {
        var relay = InDialogAction(other, "INVITE", offer, "application/sdp", reportResponses: true);
        State.PendingReInvite = new PendingReInvite
        {
            FromLegId = leg.Id,
            ToLegId = other.Id,
            SentCSeq = relay.CSeq,
            HadOffer = true,
            IsHold = isHold,
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

        if (State.PendingReInvite is not null || State.AckOwedLegId is not null)
        {
            return CallControlResult.Refused("OfferPending", "another media change is in progress; try again when it completes");
        }

        (leg, other) = dn == State.CallerDn ? (State.Caller!, callee) : (callee, State.Caller!);
        return null;
    }

    private bool IsInternalParty(string dn) => dn == State.CallerDn || (!State.CalleeIsExternal && dn == State.Callee && State.Phase != CallPhase.None);
}
