using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Registrar;
using Voice.Grains.Contracts.Tenancy;
using Voice.Sip.Headers;
using Voice.Sip.Transport;

namespace Voice.Grains.Calls;

public sealed partial class CallThreadGrain
{
    public async Task<CallOfferResult> OfferAsync(CallOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        if (State.Phase != CallPhase.None)
        {
            // The same INVITE offered twice (a gateway retry after a timeout that did reach us): say where it stands.
            return State.Caller is { } caller && caller.CallId == offer.Caller.CallId && State.Phase != CallPhase.Released
                ? CallOfferResult.Proceeding(LocalTag)
                : new CallOfferResult(500, "Server Internal Error", LocalTag);
        }

        var now = time.GetUtcNow();
        State.CreatedAt = now;
        State.Ani = offer.Ani;
        State.Dialled = offer.Dialled;
        State.Callee = offer.Dialled;
        State.CallerDn = offer.CallerKind == CallerKind.Extension ? offer.CallerDn : null;
        State.CallType = offer.CallerKind == CallerKind.Trunk ? CallTypes.Inbound : CallTypes.Internal;
        State.Caller = CreateCallerLeg(offer);
        if (State.CallerDn is { } callerDn)
        {
            State.CallerAgentId = (await GrainFactory.GetGrain<IDeviceGrain>(DeviceKey.For(TenantId, callerDn)).GetRoutingAsync()).AgentId;
        }

        var destination = await GrainFactory.GetGrain<ITenantGrain>(TenantId).ResolveDestinationAsync(offer.Dialled, offer.CallerKind, offer.TrunkName);
        Log.Resolved(_logger, Key, offer.Dialled, destination.Kind);
        switch (destination.Kind)
        {
            case DestinationKind.Extension:
                break;
            case DestinationKind.External when destination.TrunkTarget is not null:
                return await AlertOutboundAsync(destination.Number!, destination.TrunkTarget);
            case DestinationKind.NotFound:
                return await RefuseAsync(404, "Not Found", ReleaseCause.NotFound, destination.Reason);
            case DestinationKind.Forbidden:
                return await RefuseAsync(403, "Forbidden", ReleaseCause.Forbidden, destination.Reason);
            case DestinationKind.RoutePoint or DestinationKind.VirtualQueue:
                return await StartRoutingAsync(destination.Number!);
            default:
                // Route points and queues are served by routing sessions, external numbers by outbound trunks;
                // neither exists on this node yet, so the caller hears "not reachable now" rather than a false 404.
                State.Callee = destination.Number ?? offer.Dialled;
                return await RefuseAsync(480, "Temporarily Unavailable", ReleaseCause.NoRoute, $"no route for {destination.Kind} {destination.Number}");
        }

        State.Callee = destination.Number!;
        var routing = await GrainFactory.GetGrain<IDeviceGrain>(DeviceKey.For(TenantId, State.Callee)).GetRoutingAsync();
        State.CalleeAgentId = routing.AgentId;
        var bindings = routing.Bindings;
        if (bindings.Count == 0)
        {
            return await RefuseAsync(480, "Temporarily Unavailable", ReleaseCause.NotRegistered, $"{State.Callee} has no registered contact");
        }

        return await AlertAsync(bindings);
    }

    /// <summary>Rings every contact of the callee at once (parallel forking); the first to answer wins.</summary>
    private Task<CallOfferResult> AlertAsync(IReadOnlyList<DeviceBinding> bindings, CallChange? change = null) =>
        StartLegsAsync([.. bindings.Select(CreateCalleeLeg)], change);

    /// <summary>An external number: one leg to the trunk's target, from this node, the number in the Request-URI.</summary>
    private Task<CallOfferResult> AlertOutboundAsync(string number, string trunkTarget, CallChange? change = null)
    {
        State.Callee = number;
        State.CalleeIsExternal = true;
        State.CallType = CallTypes.Outbound;
        return StartLegsAsync([NewLegToTrunk(number, trunkTarget, State.Caller!.RemoteUri)], change);
    }

    private async Task<CallOfferResult> StartLegsAsync(IReadOnlyList<CallLeg> legs, CallChange? change = null)
    {
        change ??= new CallChange();
        State.Phase = CallPhase.Alerting;
        foreach (var leg in legs)
        {
            State.Callees.Add(leg);
            change.Actions.Add(InviteAction(leg));
        }

        if (State.CallerDn is { } callerDn)
        {
            change.Events.Add(CallEventFor(CallEventIds.Dialing, callerDn, PartyRole.Origination, State.Callee, PartyRole.Destination));
        }

        await CommitAsync(change);
        await RegisterOrUpdateReminderAsync(TimerReminder, _options.NoAnswerTimeout, _options.NoAnswerTimeout);
        Log.Alerting(_logger, Key, State.Callee, legs.Count);
        return CallOfferResult.Proceeding(LocalTag);
    }

    /// <summary>A call that never alerted anyone: EventReleased with the cause, then the refusal the gateway sends.</summary>
    private async Task<CallOfferResult> RefuseAsync(int status, string reason, string cause, string? detail)
    {
        Log.Refused(_logger, Key, State.Dialled, status, detail);
        var change = new CallChange();
        State.Phase = CallPhase.Released;
        State.Caller!.State = CallLegState.Failed;
        State.Caller.InviteHandle = null;
        change.Events.Add(ReleasedEvent(State.CallerDn ?? State.Callee, State.CallerDn is null ? PartyRole.Destination : PartyRole.Origination, cause, status));
        await CommitAsync(change);
        await ArmLingerAsync();
        return new CallOfferResult(status, reason, LocalTag);
    }

    private CallLeg CreateCallerLeg(CallOffer offer) => new()
    {
        Id = CallLeg.CallerLegId,
        Party = offer.CallerKind == CallerKind.Extension && offer.CallerDn is not null ? offer.CallerDn : offer.Ani,
        External = offer.CallerKind != CallerKind.Extension,
        CallId = offer.Caller.CallId,
        LocalTag = LocalTag,
        RemoteTag = offer.Caller.RemoteTag,
        LocalUri = offer.Caller.LocalUri,
        RemoteUri = offer.Caller.RemoteUri,
        RemoteTarget = offer.Caller.RemoteTarget,
        RouteSet = [.. offer.Caller.RouteSet],
        RemoteCSeq = offer.Caller.CSeq,
        InviteCSeq = offer.Caller.CSeq,
        Flow = offer.Caller.Flow,
        State = CallLegState.Early,
        InviteHandle = offer.Caller.InviteHandle,
        Offer = offer.Caller.Body,
        Sdp = offer.Caller.Body,
        OfferContentType = offer.Caller.ContentType,
    };

    /// <summary>A callee leg towards one contact of the callee, passing the caller's identity through in From.</summary>
    private CallLeg CreateCalleeLeg(DeviceBinding binding) => NewLegToContact(State.Callee, binding, State.Caller!.RemoteUri);
}
