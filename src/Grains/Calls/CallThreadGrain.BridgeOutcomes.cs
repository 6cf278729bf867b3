using Voice.Grains.Contracts.Calls;

namespace Voice.Grains.Calls;

public sealed partial class CallThreadGrain
{
    /// <summary>A new destination rings (first 180/183 of any of its forks): EventRinging on it, once.</summary>
    private void OnBridgeRinging(CallChange change, MediaBridge bridge, CallLeg leg)
    {
        if (bridge.RingingPublished || bridge.Purpose is not (BridgePurpose.Transfer or BridgePurpose.Consult))
        {
            return;
        }

        bridge.RingingPublished = true;
        var other = FindLeg(bridge.TargetLegId)!;
        if (IsInternal(leg))
        {
            change.Events.Add(CallEventFor(CallEventIds.Ringing, leg.Party, PartyRole.Destination, other.Party, RoleOf(other)));
        }
        else if (IsInternal(other))
        {
            change.Events.Add(CallEventFor(CallEventIds.NetworkReached, other.Party, RoleOf(other), leg.Party, PartyRole.Destination));
        }
    }

    /// <summary>A bridge connected its two legs: what that means for the call.</summary>
    private void OnBridgeDone(CallChange change, MediaBridge bridge, CallLeg source)
    {
        Log.BridgeOutcome(_logger, Key, bridge.Purpose, "connected", 200);
        var target = FindLeg(bridge.TargetLegId)!;
        switch (bridge.Purpose)
        {
            case BridgePurpose.Transfer:
                // The winning fork is the side's leg now (the side pointed at the first fork while they rang).
                if (State.ALegId != target.Id && bridge.SourceLegIds.Contains(State.ALegId))
                {
                    State.ALegId = source.Id;
                }
                else
                {
                    State.AnsweredLegId = source.Id;
                }

                PublishConnected(change, source, target, CallEventIds.Established, CallEventIds.PartyChanged);
                NoticeAgentOf(change, source, joined: true);
                break;
            case BridgePurpose.Consult when State.Consultation is { } consultation:
                consultation.ConsultLegId = source.Id;
                consultation.Connected = true;
                PublishConnected(change, source, target, CallEventIds.Established, CallEventIds.Established);
                NoticeAgentOf(change, source, joined: true);
                break;
            case BridgePurpose.CompleteTransfer:
                State.HeldByLegId = null;
                PublishConnected(change, source, target, CallEventIds.PartyChanged, CallEventIds.PartyChanged);
                break;
            case BridgePurpose.Reconnect:
                State.HeldByLegId = null;
                State.HoldOffer = null;
                if (IsInternal(target))
                {
                    change.Events.Add(CallEventFor(CallEventIds.Retrieved, target.Party, RoleOf(target), source.Party, RoleOf(source)));
                }

                break;
            default:
                // Make call: the events came with the called party's answer; the media are now connected too.
                break;
        }
    }

    /// <summary>A bridge failed with <paramref name="status"/>: what that means for the call.</summary>
    private void OnBridgeFailed(CallChange change, MediaBridge bridge, int status)
    {
        Log.BridgeOutcome(_logger, Key, bridge.Purpose, "failed", status);
        switch (bridge.Purpose)
        {
            case BridgePurpose.Consult when State.Consultation is { } consultation:
                // The consulting party keeps the other on hold and may retrieve it (or consult someone else).
                if (bridge.SourceLegId is { } answered && FindLeg(answered) is { } consulted)
                {
                    LeaveCall(change, consulted, FindLeg(consultation.ByLegId)?.Party, ReleaseCause.MediaFailed);
                }
                else if (!consultation.DestinationExternal)
                {
                    change.Events.Add(ConsultationReleasedEvent(consultation, ReleaseCause.ForStatus(status), null));
                }

                State.Consultation = null;
                break;
            case BridgePurpose.Reconnect:
                // The held party could not be reconnected (it refused the new offer): the call stays as it is, held,
                // and the consulting party may try to retrieve it or release it.
                break;
            default:
                // Transfer (nobody answered, or the media could not be joined), make call, completed transfer: the
                // call cannot go on with the parties left.
                HangUpLiveLegs(change, except: null, "Transfer failed");
                MarkReleased(change, bridge.SourceLegId is null ? ReleaseCause.ForStatus(status) : ReleaseCause.MediaFailed, status);
                break;
        }
    }

    /// <summary>Events for two parties now connected: <paramref name="joinedId"/> on the joined one, <paramref name="otherId"/> on the other.</summary>
    private void PublishConnected(CallChange change, CallLeg joined, CallLeg other, string joinedId, string otherId)
    {
        if (IsInternal(joined))
        {
            change.Events.Add(CallEventFor(joinedId, joined.Party, RoleOf(joined), other.Party, RoleOf(other)));
        }

        if (IsInternal(other))
        {
            change.Events.Add(CallEventFor(otherId, other.Party, RoleOf(other), joined.Party, RoleOf(joined)));
        }
    }

    private void NoticeAgentOf(CallChange change, CallLeg leg, bool joined)
    {
        if (IsInternal(leg) && AgentOn(leg.Party) is { } agent)
        {
            change.AgentNotices.Add((agent, joined));
        }
    }
}
