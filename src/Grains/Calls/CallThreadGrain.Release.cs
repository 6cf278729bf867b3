using Voice.Grains.Contracts.Calls;

namespace Voice.Grains.Calls;

public sealed partial class CallThreadGrain
{
    public Task OnCallerCancelledAsync() =>
        ReleaseUnansweredAsync(487, "Request Terminated", ReleaseCause.Abandoned, abandoned: true);

    public async Task OnAckTimeoutAsync(string handle)
    {
        if (State.Phase != CallPhase.Established)
        {
            return;
        }

        // RFC 3261 §13.3.1.4: a 2xx never acknowledged means the session is not up; end it on both sides.
        Log.AckTimeout(_logger, Key, handle);
        var change = new CallChange();
        HangUpLiveLegs(change, except: null, "ACK not received");
        MarkReleased(change, ReleaseCause.AckTimeout, null);
        await CommitAsync(change);
        await ArmLingerAsync();
    }

    /// <summary>
    /// Ends a call nobody answered: the caller's INVITE gets <paramref name="status"/>, every ringing fork is
    /// cancelled, and (caller hung up) EventAbandoned precedes EventReleased.
    /// </summary>
    private async Task ReleaseUnansweredAsync(int status, string reason, string cause, bool abandoned)
    {
        if (State.Phase != CallPhase.Alerting)
        {
            return;
        }

        var change = new CallChange();
        if (abandoned)
        {
            change.Events.Add(DestinationEvent(CallEventIds.Abandoned));
        }

        foreach (var leg in State.Callees.Where(l => l.State is CallLegState.Inviting or CallLegState.Early))
        {
            leg.State = CallLegState.Cancelled;
            change.Actions.Add(CancelOf(leg));
        }

        if (State.CallerInvited && State.Caller!.State is CallLegState.Inviting or CallLegState.Early)
        {
            change.Actions.Add(CancelOf(State.Caller));
        }
        else if (State.CallerInvited && State.Caller!.State == CallLegState.Confirmed)
        {
            change.Actions.Add(ByeAction(State.Caller, "The called party did not answer"));
        }

        State.Caller!.State = CallLegState.Terminated;
        if (RespondToCaller(status, reason) is { } final)
        {
            change.Actions.Add(final);
        }

        MarkReleased(change, cause, abandoned ? null : status);
        await CommitAsync(change);
        await ArmLingerAsync();
    }

    /// <summary>BYE on every confirmed leg but <paramref name="except"/> (the one that hung up).</summary>
    private void HangUpLiveLegs(CallChange change, CallLeg? except, string cause)
    {
        AbandonBridge(change);
        foreach (var leg in AllLegs().Where(l => l != except && l.State == CallLegState.Confirmed).ToList())
        {
            leg.State = CallLegState.Terminated;
            change.Actions.Add(ByeAction(leg, cause));
        }
    }

    private void MarkReleased(CallChange change, string cause, int? sipStatus, string? releasedBy = null)
    {
        if (State.Phase == CallPhase.Established)
        {
            NoticeAgents(change, joined: false);
        }
        else if (State.Phase == CallPhase.Alerting)
        {
            NoticeRoutingEnded(change, answered: false);
        }

        if (State.Consultation is { Connected: true, DestinationAgentId: { } consulted })
        {
            change.AgentNotices.Add((consulted, false));
        }

        if (State.Conference is { } conference)
        {
            foreach (var member in conference.MemberLegIds.Select(FindLeg).OfType<CallLeg>())
            {
                NoticeAgentOf(change, member, joined: false);
            }

            change.MixerReleases.Add((conference.NodeId, CallThreadId, null));
        }

        State.Phase = CallPhase.Released;
        State.PendingReInvite = null;
        State.Bridge = null;
        AddReleasedEvents(change, cause, sipStatus, releasedBy);
        State.Consultation = null;
    }

    /// <summary>Keeps the released call for <see cref="CallThreadOptions.LingerAfterRelease"/>, then the reminder deletes it.</summary>
    private Task ArmLingerAsync() =>
        RegisterOrUpdateReminderAsync(TimerReminder, _options.LingerAfterRelease, _options.LingerAfterRelease);
}
