using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Media;

namespace Voice.Grains.Calls;

public sealed partial class CallThreadGrain
{
    /// <summary>
    /// Completes a two-step conference: every member's phone is asked for a new offer (re-INVITE without SDP), one at
    /// a time, and the mixer answers it, so each hears the sum of the others; EventPartyAdded follows the last join.
    /// </summary>
    private CallControlResult StartConference(CallChange change, Consultation consultation, CallLeg by, CallLeg held, CallLeg consulted)
    {
        if (mixer is null)
        {
            return CallControlResult.Refused("NoMixer", "this node runs no conference mixer");
        }

        State.Conference = new ConferenceState
        {
            NodeId = mixer.LocalNodeId,
            MemberLegIds = [held.Id, by.Id, consulted.Id],
            PendingJoinLegIds = [held.Id, by.Id, consulted.Id],
            AddedParty = consultation.Destination,
        };
        State.Consultation = null;
        State.HoldOffer = null;
        State.HeldByLegId = null;
        JoinNextMember(change);
        return CallControlResult.Accepted;
    }

    /// <summary>Asks the next member still outside the mixer for an offer; when none is left the conference is formed.</summary>
    private void JoinNextMember(CallChange change)
    {
        var conference = State.Conference!;
        while (conference.PendingJoinLegIds.Count > 0)
        {
            var next = FindLeg(conference.PendingJoinLegIds[0]);
            conference.PendingJoinLegIds.RemoveAt(0);
            if (next is { State: CallLegState.Confirmed })
            {
                StartBridgeFromLeg(change, BridgePurpose.JoinConference, next, next);
                return;
            }
        }

        if (!conference.Formed)
        {
            conference.Formed = true;
            foreach (var member in Members().Where(IsInternal))
            {
                change.Events.Add(CallEventFor(CallEventIds.PartyAdded, member.Party, PartyRole.ConferenceMember, conference.AddedParty, PartyRole.ConferenceMember));
            }
        }
    }

    /// <summary>A member's offer goes to the mixer; its answer completes the member's re-INVITE.</summary>
    private async Task JoinMixerAsync(CallChange change, MediaBridge bridge, CallLeg member, LegResponse response)
    {
        State.Bridge = null;
        var conference = State.Conference!;
        var joined = response.Body is null
            ? MixerJoinResult.Refused("the member's answer carried no offer")
            : await JoinOrRefuseAsync(conference.NodeId, member.Id, response.Body);
        if (joined.IsOk)
        {
            change.Actions.Add(AckAction(member, bridge.SourceCSeq, joined.Answer, "application/sdp"));
            Log.BridgeOutcome(_logger, Key, bridge.Purpose, "mixed", 200);
        }
        else
        {
            // Its media cannot be mixed: the member is answered with an inactive stream and leaves the conference.
            change.Actions.Add(AckAction(member, bridge.SourceCSeq, SdpAnswers.Inactive(response.Body), "application/sdp"));
            Log.MixerRefused(_logger, Key, member.Id, joined.Error);
            RemoveMember(change, member, member.Party, sendBye: true);
            if (State.Phase == CallPhase.Released)
            {
                return;
            }
        }

        JoinNextMember(change);
    }

    private async Task<MixerJoinResult> JoinOrRefuseAsync(string nodeId, string participantId, string offer)
    {
        try
        {
            return await mixer!.JoinAsync(nodeId, CallThreadId, participantId, offer);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return MixerJoinResult.Refused($"mixer on {nodeId} unreachable: {ex.Message}");
        }
    }

    public async Task<CallControlResult> RemovePartyAsync(string dn, string party)
    {
        if (State.Conference is not { } conference || State.Phase != CallPhase.Established)
        {
            return CallControlResult.Refused("NoConference", $"call {CallThreadId} is not a conference");
        }

        var members = Members().ToList();
        if (!members.Any(m => m.Party == dn && IsInternal(m)))
        {
            return CallControlResult.Refused("NotAParty", $"{dn} is not a member of conference {CallThreadId}");
        }

        if (members.FirstOrDefault(m => m.Party == party) is not { } removed)
        {
            return CallControlResult.Refused("NotAMember", $"{party} is not a member of conference {CallThreadId}");
        }

        if (State.Bridge is not null || conference.PendingJoinLegIds.Count > 0)
        {
            return CallControlResult.Refused("OfferPending", "the conference is still being set up; try again when it completes");
        }

        var change = new CallChange();
        RemoveMember(change, removed, dn, sendBye: true);
        await CommitAsync(change);
        if (State.Phase == CallPhase.Released)
        {
            await ArmLingerAsync();
        }

        return CallControlResult.Accepted;
    }

    /// <summary>
    /// <paramref name="member"/> leaves the conference (removed, hung up, or not mixable): EventPartyDeleted to the
    /// others; with one member left the call ends.
    /// </summary>
    private void RemoveMember(CallChange change, CallLeg member, string by, bool sendBye)
    {
        var conference = State.Conference!;
        conference.MemberLegIds.Remove(member.Id);
        conference.PendingJoinLegIds.Remove(member.Id);
        if (sendBye && member.State == CallLegState.Confirmed)
        {
            change.Actions.Add(ByeAction(member, $"Removed from the conference by {by}"));
        }

        member.State = CallLegState.Terminated;
        change.MixerReleases.Add((conference.NodeId, CallThreadId, member.Id));
        var reasons = new Dictionary<string, string> { ["Cause"] = ReleaseCause.Normal, ["ReleasedBy"] = by };
        if (IsInternal(member))
        {
            change.Events.Add(CallEventFor(CallEventIds.Released, member.Party, PartyRole.ConferenceMember, null, null, reasons));
            NoticeAgentOf(change, member, joined: false);
        }

        foreach (var other in Members().Where(IsInternal))
        {
            change.Events.Add(CallEventFor(CallEventIds.PartyDeleted, other.Party, PartyRole.ConferenceMember, member.Party, PartyRole.ConferenceMember));
        }

        if (Members().Count() < 2)
        {
            // One party alone in a conference is not a call.
            HangUpLiveLegs(change, except: null, "The conference ended");
            MarkReleased(change, ReleaseCause.Normal, null, releasedBy: by);
        }
    }

    /// <summary>The conference's members still on the call.</summary>
    private IEnumerable<CallLeg> Members() =>
        State.Conference is { } conference
            ? conference.MemberLegIds.Select(FindLeg).OfType<CallLeg>().Where(l => l.State == CallLegState.Confirmed)
            : [];

    private async Task ReleaseMixerAsync(string nodeId, string roomId, string? participantId)
    {
        if (mixer is null)
        {
            return;
        }

        try
        {
            if (participantId is null)
            {
                await mixer.CloseRoomAsync(nodeId, roomId);
            }
            else
            {
                await mixer.LeaveAsync(nodeId, roomId, participantId);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The room's node is gone and its ports with it: nothing is left to free.
            Log.MixerReleaseFailed(_logger, Key, nodeId, ex);
        }
    }

    /// <summary>A member hung up while its media were being moved to the mixer: that move is dropped.</summary>
    private void AbandonConferenceJoin(CallChange change, CallLeg member)
    {
        if (State.Bridge is { Purpose: BridgePurpose.JoinConference } bridge && bridge.SourceLegIds.Contains(member.Id))
        {
            State.Bridge = null;
            State.Conference!.PendingJoinLegIds.Remove(member.Id);
            JoinNextMember(change);
        }
    }
}
