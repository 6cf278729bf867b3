using Voice.Grains.Contracts.Calls;
using Voice.Sip.Message;

namespace Voice.Grains.Calls;

public sealed partial class CallThreadGrain
{
    public async Task OnLegResponseAsync(LegResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var leg = FindLeg(response.LegId);
        if (leg is null)
        {
            Log.UnknownLeg(_logger, Key, response.LegId, response.Method, response.Status);
            return;
        }

        if (!string.Equals(response.Method, "INVITE", StringComparison.Ordinal))
        {
            // BYE and the like: the call moved on when it sent them; their outcome changes nothing.
            Log.LegAnswered(_logger, Key, leg.Id, response.Method, response.Status);
            return;
        }

        if (State.Bridge is { } bridge && IsBridgeResponse(bridge, leg, response))
        {
            await OnBridgeResponseAsync(bridge, leg, response);
        }
        else if (leg == State.Caller && State.CallerInvited && response.CSeq == leg.InviteCSeq)
        {
            await OnCallingPhoneResponseAsync(leg, response);
        }
        else if (leg.Added && response.CSeq == leg.InviteCSeq)
        {
            await OnStrayAddedLegResponseAsync(leg, response);
        }
        else if (leg != State.Caller && response.CSeq == leg.InviteCSeq)
        {
            await OnCalleeInviteResponseAsync(leg, response);
        }
        else
        {
            await OnReInviteResponseAsync(leg, response);
        }
    }

    private async Task OnCalleeInviteResponseAsync(CallLeg leg, LegResponse response)
    {
        if (response.IsProvisional)
        {
            await OnCalleeProgressAsync(leg, response);
        }
        else if (response.IsSuccess)
        {
            await OnCalleeAnsweredAsync(leg, response);
        }
        else
        {
            await OnCalleeRefusedAsync(leg, response);
        }
    }

    /// <summary>18x: relayed to the caller (with early-media SDP when present); the first one publishes EventRinging.</summary>
    private async Task OnCalleeProgressAsync(CallLeg leg, LegResponse response)
    {
        if (State.Phase != CallPhase.Alerting || leg.State is not (CallLegState.Inviting or CallLegState.Early) || response.Status == 100)
        {
            return;
        }

        var change = new CallChange();
        if (response.ToTag is not null)
        {
            leg.RemoteTag = response.ToTag;
            leg.State = CallLegState.Early;
        }

        if (response.Status is 180 or 183)
        {
            AddRingingOnce(change);
        }

        if (RespondToCaller(response.Status, response.Reason, response.Body, response.ContentType) is { } relay)
        {
            change.Actions.Add(relay);
        }

        await CommitAsync(change);
    }

    /// <summary>
    /// The first 2xx connects the call: the caller gets 200 with the callee's SDP, the other forks are cancelled, and
    /// EventEstablished is published. A 2xx on any other leg (a fork answering late) is ACKed and hung up.
    /// </summary>
    private async Task OnCalleeAnsweredAsync(CallLeg leg, LegResponse response)
    {
        var change = new CallChange();
        LearnDialog(leg, response);
        if (State.Phase != CallPhase.Alerting || leg.State is not (CallLegState.Inviting or CallLegState.Early))
        {
            Log.LateAnswer(_logger, Key, leg.Id, State.Phase);
            leg.State = CallLegState.Terminated;
            change.Actions.Add(AckAction(leg, response.CSeq));
            change.Actions.Add(ByeAction(leg, "Call already answered elsewhere or ended"));
            await CommitAsync(change);
            return;
        }

        leg.State = CallLegState.Confirmed;
        leg.FinalStatus = response.Status;
        leg.Sdp = response.Body ?? leg.Sdp;
        State.AnsweredLegId = leg.Id;
        State.Phase = CallPhase.Established;
        State.AnsweredAt = time.GetUtcNow();
        State.Caller!.State = CallLegState.Confirmed;
        AddRingingOnce(change);
        if (!State.CalleeIsExternal)
        {
            change.Events.Add(CallEventFor(CallEventIds.Established, State.Callee, PartyRole.Destination, State.Caller.Party, PartyRole.Origination));
        }

        if (State.CallerDn is { } callerDn)
        {
            change.Events.Add(CallEventFor(CallEventIds.Established, callerDn, PartyRole.Origination, State.Callee, PartyRole.Destination));
        }

        if (RespondToCaller(200, "OK", response.Body, response.ContentType) is { } ok)
        {
            change.Actions.Add(ok);
        }

        if (State.CallerInvited)
        {
            // Make call: the calling phone answered first (ACKed with an inactive answer); the called party's offer
            // now goes to it in a re-INVITE, and its answer is the ACK this 2xx waits for.
            OfferToCallingPhone(change, leg, response);
        }
        else if (State.Caller.Offer is null)
        {
            (State.AckOwedLegId, State.AckOwedCSeq) = (leg.Id, response.CSeq);
        }
        else
        {
            change.Actions.Add(AckAction(leg, response.CSeq));
        }

        CancelOtherForks(leg, change);
        NoticeAgents(change, joined: true);
        NoticeRoutingEnded(change, answered: true);
        await CommitAsync(change);
        await UnregisterReminderAsync(TimerReminder);
        Log.Established(_logger, Key, leg.Id);
    }

    /// <summary>A final refusal from one fork; when no fork is left, the caller gets the best of their answers.</summary>
    private async Task OnCalleeRefusedAsync(CallLeg leg, LegResponse response)
    {
        if (leg.State is CallLegState.Inviting or CallLegState.Early)
        {
            leg.State = CallLegState.Failed;
        }

        leg.FinalStatus = response.Status;
        var change = new CallChange();
        if (State.Phase != CallPhase.Alerting || State.Callees.Any(l => l.State is CallLegState.Inviting or CallLegState.Early))
        {
            await CommitAsync(change);
            return;
        }

        if (State.Routing is { DeliveredAgentId: null, RoutedToDn: false })
        {
            // A leg already given up on (the agent's ring time ran out and it was cancelled) answers with its 487
            // while the call waits in its queue again: nothing to do but note it.
            await CommitAsync(change);
            return;
        }

        if (State.Routing is { DeliveredAgentId: { } agentId })
        {
            // The queue's agent refused (busy, declined): the call waits again instead of ending.
            ReturnToQueue(change, agentId, ReleaseCause.ForStatus(BestRefusal().Status));
            await CommitAsync(change);
            await UnregisterReminderAsync(TimerReminder);
            return;
        }

        var (status, reason, cause) = BestRefusal();
        if (cause == ReleaseCause.Busy)
        {
            change.Events.Add(DestinationEvent(CallEventIds.DestinationBusy));
        }

        MarkReleased(change, cause, status);
        HangUpLiveLegs(change, except: null, "The called party could not be reached");
        if (RespondToCaller(status, reason) is { } refusal)
        {
            change.Actions.Add(refusal);
        }

        await CommitAsync(change);
        await ArmLingerAsync();
    }

    /// <summary>
    /// RFC 3261 §16.7-style choice among the forks' answers: busy anywhere means busy; timeouts and transport
    /// failures mean the destination is not reachable now (480); otherwise the first fork's status is passed on.
    /// </summary>
    private (int Status, string Reason, string Cause) BestRefusal()
    {
        var statuses = State.Callees.Select(l => l.FinalStatus).ToList();
        if (statuses.Any(s => s is 486 or 600))
        {
            return (486, "Busy Here", ReleaseCause.Busy);
        }

        if (statuses.All(s => s is 408 or 503 or 0))
        {
            return (480, "Temporarily Unavailable", ReleaseCause.NoAnswer);
        }

        var first = statuses.First(s => s is not (408 or 503 or 0));
        return (first, SipReasonPhrases.Default(first), ReleaseCause.Rejected);
    }

    /// <summary>RFC 3261 §12.1.2: the answer fixes the peer's tag, its target and (reversed) the route set.</summary>
    private static void LearnDialog(CallLeg leg, LegResponse response)
    {
        leg.RemoteTag = response.ToTag ?? leg.RemoteTag;
        if (response.Contact is { Length: > 0 } contact)
        {
            leg.RemoteTarget = contact;
        }

        if (leg.State is CallLegState.Inviting or CallLegState.Early)
        {
            leg.RouteSet = [.. response.RecordRoute.Reverse()];
        }
    }

    private void CancelOtherForks(CallLeg winner, CallChange change)
    {
        foreach (var other in State.Callees.Where(l => l != winner && l.State is CallLegState.Inviting or CallLegState.Early))
        {
            other.State = CallLegState.Cancelled;
            change.Actions.Add(CancelOf(other));
        }
    }
}
