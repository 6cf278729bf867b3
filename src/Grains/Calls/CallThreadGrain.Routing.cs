using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Registrar;
using Voice.Grains.Contracts.Routing;

namespace Voice.Grains.Calls;

public sealed partial class CallThreadGrain
{
    /// <summary>
    /// A call to a route point: the caller gets 183 Session Progress (the call is being processed; 180 is kept for the
    /// moment an agent's phone really rings) while a routing session runs the route point's strategy;
    /// EventRouteRequest on the route point. The session answers through <see cref="RouteToAsync"/>, queue notices and
    /// queue deliveries (<see cref="DeliverAsync"/>).
    /// </summary>
    private async Task<CallOfferResult> StartRoutingAsync(string routePoint)
    {
        State.Callee = routePoint;
        State.Phase = CallPhase.Alerting;
        State.Routing = new CallRouting { RoutePoint = routePoint };
        var change = new CallChange();
        change.Events.Add(CallEventFor(CallEventIds.RouteRequest, routePoint, PartyRole.Destination, State.Caller!.Party, PartyRole.Origination));
        if (RespondToCaller(183, "Session Progress") is { } progress)
        {
            change.Actions.Add(progress);
        }

        var request = new RoutingRequest(routePoint, State.Ani, State.Dialled, new Dictionary<string, string>(State.UserData, StringComparer.Ordinal));
        change.Notices.Add(() => Session().StartAsync(request));
        await CommitAsync(change);
        return CallOfferResult.Proceeding(LocalTag);
    }

    public async Task<CallControlResult> RouteToAsync(RouteTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (WaitingRefusal() is { } refused)
        {
            return refused;
        }

        var routing = await GrainFactory.GetGrain<IDeviceGrain>(DeviceKey.For(TenantId, target.Dn)).GetRoutingAsync();
        if (routing.Bindings.Count == 0)
        {
            return CallControlResult.Refused("NotRegistered", $"{target.Dn} has no registered phone");
        }

        var change = new CallChange();
        change.Events.Add(CallEventFor(
            CallEventIds.RouteUsed, State.Routing!.RoutePoint, PartyRole.Destination, target.Dn, PartyRole.Destination,
            new Dictionary<string, string> { ["Reason"] = target.Reason }));
        State.Routing.RoutedToDn = true;
        State.Routing.QueueId = null;
        State.Routing.QueueDn = null;
        RingRoutedDn(target.Dn, target.AgentId ?? routing.AgentId);
        await AlertAsync(routing.Bindings, change);
        Log.RoutedTo(_logger, Key, target.Dn, target.Reason);
        return CallControlResult.Accepted;
    }

    public async Task<CallControlResult> DeliverAsync(QueueDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (WaitingRefusal() is { } refused || State.Routing!.QueueId != delivery.QueueId)
        {
            return CallControlResult.Refused("NotWaiting", $"call {CallThreadId} is not waiting in queue {delivery.QueueId}");
        }

        var change = new CallChange();
        var routing = await GrainFactory.GetGrain<IDeviceGrain>(DeviceKey.For(TenantId, delivery.Dn)).GetRoutingAsync();
        if (routing.Bindings.Count == 0)
        {
            // The call still waits: the queue takes it back and tries another agent.
            change.Notices.Add(() => Queue(delivery.QueueId).DeliveryFailedAsync(Key, delivery.AgentId, "NotRegistered"));
            await CommitAsync(change);
            return CallControlResult.Accepted;
        }

        State.Routing.DeliveredAgentId = delivery.AgentId;
        State.Routing.RingDeadline = time.GetUtcNow() + delivery.RingTimeout;
        change.Events.Add(CallEventFor(CallEventIds.Diverted, State.Routing.QueueDn ?? delivery.QueueId, PartyRole.Destination, delivery.Dn, PartyRole.Destination));
        RingRoutedDn(delivery.Dn, delivery.AgentId);
        await AlertAsync(routing.Bindings, change);
        await RegisterOrUpdateReminderAsync(TimerReminder, delivery.RingTimeout, delivery.RingTimeout);
        return CallControlResult.Accepted;
    }

    public async Task<CallControlResult> OnRoutingNoticeAsync(RoutingNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (State.Phase != CallPhase.Alerting || State.Routing is not { } routing)
        {
            return CallControlResult.Refused("NotRouting", $"call {CallThreadId} is not being routed");
        }

        if (notice.EventId == CallEventIds.Queued)
        {
            (routing.QueueId, routing.QueueDn) = (notice.Queue, notice.QueueDn);
            State.Callee = notice.QueueDn ?? routing.RoutePoint; // where the call waits (ThisDN of EventAbandoned)
        }

        var change = new CallChange();
        var reasons = notice.Reasons is null ? new Dictionary<string, string>() : new Dictionary<string, string>(notice.Reasons);
        if (notice.Treatment is { } treatment)
        {
            reasons["Treatment"] = treatment;
        }

        change.Events.Add(CallEventFor(notice.EventId, notice.QueueDn ?? routing.RoutePoint, PartyRole.Destination, State.Caller!.Party, PartyRole.Origination, reasons));
        if (notice.EventId == CallEventIds.Diverted)
        {
            // Left the queue (overflow): the next target follows.
            (routing.QueueId, routing.QueueDn) = (null, null);
            State.Callee = routing.RoutePoint;
        }

        await CommitAsync(change);
        return CallControlResult.Accepted;
    }

    public async Task<CallControlResult> RoutingFailedAsync(string reason)
    {
        if (WaitingRefusal() is { } refused)
        {
            return refused;
        }

        Log.Refused(_logger, Key, State.Dialled, 480, reason);
        await ReleaseUnansweredAsync(480, "Temporarily Unavailable", ReleaseCause.NoRoute, abandoned: false);
        return CallControlResult.Accepted;
    }

    /// <summary>The queue's agent did not answer in time: its legs are cancelled and the call waits again.</summary>
    private async Task<bool> ExpireDeliveryAsync()
    {
        if (State.Routing is not { DeliveredAgentId: { } agentId, RingDeadline: { } deadline } || time.GetUtcNow() < deadline)
        {
            return false;
        }

        var change = new CallChange();
        foreach (var leg in State.Callees.Where(l => l.State is CallLegState.Inviting or CallLegState.Early))
        {
            leg.State = CallLegState.Cancelled;
            change.Actions.Add(CancelOf(leg));
        }

        ReturnToQueue(change, agentId, "NoAnswer");
        await CommitAsync(change);
        await UnregisterReminderAsync(TimerReminder);
        return true;
    }

    /// <summary>
    /// The agent rung from a queue did not take the call (no answer, busy, declined): EventReleased on its DN, the call
    /// waits again and the queue is told (it puts the call back at the head and may make the agent NotReady).
    /// </summary>
    private void ReturnToQueue(CallChange change, string agentId, string reason)
    {
        var routing = State.Routing!;
        var queueId = routing.QueueId!;
        change.Events.Add(CallEventFor(
            CallEventIds.Released, State.Callee, PartyRole.Destination, State.Caller!.Party, PartyRole.Origination,
            new Dictionary<string, string> { ["Cause"] = reason == "NoAnswer" ? ReleaseCause.NoAnswer : ReleaseCause.Rejected, ["ReturnedTo"] = queueId }));
        routing.DeliveredAgentId = null;
        routing.RingDeadline = null;
        State.RingingPublished = false;
        State.Callee = routing.QueueDn ?? routing.RoutePoint;
        State.CalleeAgentId = null;
        change.Notices.Add(() => Queue(queueId).DeliveryFailedAsync(Key, agentId, reason));
        Log.DeliveryFailed(_logger, Key, agentId, queueId, reason);
    }

    /// <summary>Routing continues after the call connected or ended: the session (and through it the queue) is told.</summary>
    private void NoticeRoutingEnded(CallChange change, bool answered)
    {
        if (State.Routing is not { } routing)
        {
            return;
        }

        change.Notices.Add(() => Session().CallEndedAsync(answered));
        if (answered && routing is { DeliveredAgentId: { } agentId, QueueId: { } queueId })
        {
            change.Notices.Add(() => Queue(queueId).DeliveredAsync(Key, agentId));
        }
    }

    private void RingRoutedDn(string dn, string? agentId)
    {
        State.Callee = dn;
        State.CalleeAgentId = agentId;
        if (agentId is not null)
        {
            State.PartyAgents[dn] = agentId;
        }
    }

    /// <summary>Why the call is not waiting for a routing target now, or null.</summary>
    private CallControlResult? WaitingRefusal() =>
        State.Phase != CallPhase.Alerting || State.Routing is not { } routing
            ? CallControlResult.Refused("NotWaiting", $"call {CallThreadId} is not waiting at a route point")
            : routing.RoutedToDn || routing.DeliveredAgentId is not null || State.Callees.Any(l => l.State is CallLegState.Inviting or CallLegState.Early)
                ? CallControlResult.Refused("AlreadyRinging", $"call {CallThreadId} is already ringing {State.Callee}")
                : null;

    private IRoutingSessionGrain Session() => GrainFactory.GetGrain<IRoutingSessionGrain>(Key);

    private IQueueGrain Queue(string queueId) => GrainFactory.GetGrain<IQueueGrain>($"{TenantId}:{queueId}");
}
