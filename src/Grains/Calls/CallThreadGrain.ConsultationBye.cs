using Voice.Grains.Contracts.Calls;

namespace Voice.Grains.Calls;

public sealed partial class CallThreadGrain
{
    /// <summary>
    /// A BYE from one of the three parties of a consultation ends only that party's part, the way a PBX user expects:
    /// the consulted party hanging up reconnects the consulting one with the held one; the consulting party hanging up
    /// transfers (to the consulted party, connected or still ringing); the held party hanging up leaves the other two
    /// talking. False when the call must end for everybody instead (a media change was half way).
    /// </summary>
    private async Task<bool> OnByeDuringConsultationAsync(Consultation consultation, CallLeg leg)
    {
        var by = FindLeg(consultation.ByLegId)!;
        var held = FindLeg(consultation.HeldLegId)!;
        var consulted = consultation.ConsultLegId is { } id ? FindLeg(id) : null;
        var bridgeRinging = State.Bridge is { Purpose: BridgePurpose.Consult, SourceLegId: null };
        var settled = State.PendingReInvite is null && (State.Bridge is null || bridgeRinging);
        if (!settled)
        {
            return false;
        }

        var change = new CallChange();
        leg.State = CallLegState.Terminated;
        if (leg == consulted)
        {
            LeaveCall(change, leg, by.Party, ReleaseCause.Normal);
            State.Consultation = null;
            StartBridgeFromLeg(change, BridgePurpose.Reconnect, held, by);
        }
        else if (leg == by && consulted is not null)
        {
            CompleteTransfer(change, consultation, by, held, consulted, byHungUp: false);
        }
        else if (leg == by && bridgeRinging)
        {
            // Still ringing: it becomes a single-step transfer to the held party.
            LeaveCall(change, by, consultation.Destination, ReleaseCause.Transferred);
            var ringing = State.Bridge!;
            ReplaceParty(by, new AddedParty(consultation.Destination, consultation.DestinationAgentId, consultation.DestinationExternal, [], null), ringing.SourceLegIds[0]);
            ringing.Purpose = BridgePurpose.Transfer;
            ringing.TargetLegId = held.Id;
            State.Consultation = null;
            State.HeldByLegId = null;
            State.HoldOffer = null;
        }
        else if (leg == held && consulted is not null)
        {
            LeaveCall(change, held, by.Party, ReleaseCause.Normal);
            ReplaceParty(held, new AddedParty(consulted.Party, consultation.DestinationAgentId, consultation.DestinationExternal, [], null), consulted.Id);
            State.Consultation = null;
            State.HeldByLegId = null;
            State.HoldOffer = null;
        }
        else
        {
            leg.State = CallLegState.Confirmed;
            return false;
        }

        await CommitAsync(change);
        return true;
    }
}
