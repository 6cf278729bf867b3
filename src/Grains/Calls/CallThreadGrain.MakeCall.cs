using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Registrar;
using Voice.Grains.Contracts.Tenancy;

namespace Voice.Grains.Calls;

public sealed partial class CallThreadGrain
{
    /// <summary>Header lines asking a SIP phone to answer by itself: Call-Info answer-after (RFC 3261 §20.9 style) and Alert-Info.</summary>
    private static Dictionary<string, string> AutoAnswerHeaders(string domain) => new()
    {
        ["Call-Info"] = $"<sip:{domain}>;answer-after=0",
        ["Alert-Info"] = $"<sip:{domain}>;info=alert-autoanswer",
    };

    public async Task<CallControlResult> MakeCallAsync(MakeCallRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (State.Phase != CallPhase.None)
        {
            return CallControlResult.Refused("CallExists", $"call {CallThreadId} already exists");
        }

        if (string.IsNullOrWhiteSpace(request.FromDn) || string.IsNullOrWhiteSpace(request.To))
        {
            return CallControlResult.Refused("InvalidArgument", "a call needs the calling DN and what to dial");
        }

        if (request.FromDn == request.To)
        {
            return CallControlResult.Refused("InvalidDestination", $"{request.FromDn} cannot call itself");
        }

        var tenant = GrainFactory.GetGrain<ITenantGrain>(TenantId);
        if (await tenant.GetConfigAsync() is not { } config)
        {
            return CallControlResult.Refused("UnknownTenant", $"tenant {TenantId} has no configuration");
        }

        var from = await tenant.ResolveDestinationAsync(request.FromDn, CallerKind.Extension, null);
        if (from.Kind != DestinationKind.Extension || from.Number != request.FromDn)
        {
            return CallControlResult.Refused("UnknownDn", $"{request.FromDn} is not an extension of tenant {TenantId}");
        }

        var routing = await GrainFactory.GetGrain<IDeviceGrain>(DeviceKey.For(TenantId, request.FromDn)).GetRoutingAsync();
        if (routing.Bindings.Count == 0)
        {
            return CallControlResult.Refused("NotRegistered", $"{request.FromDn} has no registered phone to call from");
        }

        var destination = await tenant.ResolveDestinationAsync(request.To, CallerKind.Extension, null);
        if (DestinationRefusal(destination, request.To) is { } refused)
        {
            return refused;
        }

        var attached = new UserDataChange(UserDataOperation.Replace, request.UserData ?? new Dictionary<string, string>(), [], request.FromDn);
        var userData = Apply(attached, State.UserData);
        if (Invalid(userData, attached) is { } invalid)
        {
            return CallControlResult.Refused("InvalidUserData", invalid);
        }

        State.UserData = userData;
        StartMakeCall(request, config.SipDomain, routing, destination);
        var change = new CallChange();
        var invite = InviteAction(State.Caller!) with { Headers = AutoAnswerHeaders(config.SipDomain), ContactUser = State.Callee };
        change.Actions.Add(invite);
        await CommitAsync(change);
        await RegisterOrUpdateReminderAsync(TimerReminder, _options.NoAnswerTimeout, _options.NoAnswerTimeout);
        Log.MakeCall(_logger, Key, request.FromDn, request.To);
        return CallControlResult.Accepted;
    }

    /// <summary>Why a make call cannot dial <paramref name="dialled"/>, or null when it can.</summary>
    private static CallControlResult? DestinationRefusal(DestinationResult destination, string dialled) => destination.Kind switch
    {
        DestinationKind.Extension => null,
        DestinationKind.External when destination.TrunkTarget is not null => null,
        DestinationKind.NotFound => CallControlResult.Refused("UnknownDestination", destination.Reason ?? $"{dialled} is not a number of this tenant"),
        DestinationKind.Forbidden => CallControlResult.Refused("Forbidden", destination.Reason ?? $"{dialled} may not be called"),
        _ => CallControlResult.Refused("NoRoute", $"{dialled} ({destination.Kind}) has no route for a call made from the desktop"),
    };

    /// <summary>The call's first leg goes to the calling phone (its most recent registration: one phone must answer, not all).</summary>
    private void StartMakeCall(MakeCallRequest request, string domain, DeviceRouting routing, DestinationResult destination)
    {
        var binding = routing.Bindings.MaxBy(b => b.ExpiresAt)!;
        State.CreatedAt = time.GetUtcNow();
        State.Phase = CallPhase.Alerting;
        State.CallType = destination.Kind == DestinationKind.External ? CallTypes.Outbound : CallTypes.Internal;
        State.CallerInvited = true;
        State.Ani = request.FromDn;
        State.Dialled = request.To;
        State.Callee = destination.Number ?? request.To;
        State.CallerDn = request.FromDn;
        State.CallerAgentId = routing.AgentId;
        State.Caller = new CallLeg
        {
            Id = CallLeg.CallerLegId,
            Party = request.FromDn,
            CallId = $"{LocalTag}.a",
            LocalTag = LocalTag,
            LocalUri = $"<sip:{State.Callee}@{domain}>",
            RemoteUri = $"<sip:{request.FromDn}@{domain}>",
            RemoteTarget = binding.Uri,
            LocalCSeq = 1,
            InviteCSeq = 1,
            Flow = new SipFlow(binding.Node ?? signalling.LocalNodeId, FlowAddress(binding)),
            State = CallLegState.Inviting,
        };
    }

    /// <summary>
    /// The calling phone's answer to our INVITE: its 2xx carries its offer, which is answered at once with an inactive
    /// stream (so the 2xx is ACKed within its timer, RFC 3725 flow II) before the destination is dialled without SDP.
    /// </summary>
    private async Task OnCallingPhoneResponseAsync(CallLeg leg, LegResponse response)
    {
        if (response.IsProvisional)
        {
            if (response.ToTag is not null && leg.State == CallLegState.Inviting)
            {
                leg.RemoteTag = response.ToTag;
                leg.State = CallLegState.Early;
                await CommitAsync(new CallChange());
            }

            return;
        }

        if (!response.IsSuccess)
        {
            await OnCallingPhoneRefusedAsync(leg, response.Status);
            return;
        }

        if (leg.State is not (CallLegState.Inviting or CallLegState.Early))
        {
            // A repeated 2xx (its ACK is answered by the gateway), or one after the call was given up: ACK and hang up.
            await OnStrayCallingPhoneAnswerAsync(leg, response);
            return;
        }

        var change = new CallChange();
        LearnDialog(leg, response);
        leg.State = CallLegState.Confirmed;
        leg.Sdp = response.Body;
        change.Actions.Add(AckAction(leg, response.CSeq, SdpAnswers.Inactive(response.Body), "application/sdp"));
        if (response.Body is null)
        {
            HangUpLiveLegs(change, except: null, "No session description");
            MarkReleased(change, ReleaseCause.MediaFailed, 488);
            await CommitAsync(change);
            await ArmLingerAsync();
            return;
        }

        await DialFromCallingPhoneAsync(change);
    }

    /// <summary>Dials the destination now that the calling phone is up (resolved again: the dial plan may have changed).</summary>
    private async Task DialFromCallingPhoneAsync(CallChange change)
    {
        var destination = await GrainFactory.GetGrain<ITenantGrain>(TenantId).ResolveDestinationAsync(State.Dialled, CallerKind.Extension, null);
        if (destination.Kind == DestinationKind.External && destination.TrunkTarget is not null)
        {
            await AlertOutboundAsync(destination.Number!, destination.TrunkTarget, change);
            return;
        }

        var routing = destination.Kind == DestinationKind.Extension
            ? await GrainFactory.GetGrain<IDeviceGrain>(DeviceKey.For(TenantId, destination.Number!)).GetRoutingAsync()
            : null;
        if (routing is null || routing.Bindings.Count == 0)
        {
            var cause = routing is null ? ReleaseCause.NoRoute : ReleaseCause.NotRegistered;
            HangUpLiveLegs(change, except: null, "The called party cannot be reached");
            MarkReleased(change, cause, 480);
            await CommitAsync(change);
            await ArmLingerAsync();
            return;
        }

        State.Callee = destination.Number!;
        State.CalleeAgentId = routing.AgentId;
        await AlertAsync(routing.Bindings, change);
    }

    private async Task OnCallingPhoneRefusedAsync(CallLeg leg, int status)
    {
        if (State.Phase != CallPhase.Alerting || leg.State is not (CallLegState.Inviting or CallLegState.Early))
        {
            return;
        }

        var change = new CallChange();
        leg.State = CallLegState.Failed;
        leg.FinalStatus = status;
        State.Phase = CallPhase.Released;
        change.Events.Add(ReleasedEvent(State.CallerDn!, PartyRole.Origination, ReleaseCause.ForStatus(status), status));
        await CommitAsync(change);
        await ArmLingerAsync();
    }

    private async Task OnStrayCallingPhoneAnswerAsync(CallLeg leg, LegResponse response)
    {
        if (leg.State == CallLegState.Confirmed)
        {
            return;
        }

        LearnDialog(leg, response);
        var change = new CallChange();
        change.Actions.Add(AckAction(leg, response.CSeq, SdpAnswers.Inactive(response.Body), "application/sdp"));
        change.Actions.Add(ByeAction(leg, "Call already ended"));
        leg.State = CallLegState.Terminated;
        await CommitAsync(change);
    }

    /// <summary>Make call, called party answered: its offer goes to the calling phone (a bridge the calling phone's answer ends).</summary>
    private void OfferToCallingPhone(CallChange change, CallLeg answered, LegResponse response)
    {
        var caller = State.Caller!;
        if (response.Body is null)
        {
            change.Actions.Add(AckAction(answered, response.CSeq));
            HangUpLiveLegs(change, except: null, "No session description");
            MarkReleased(change, ReleaseCause.MediaFailed, 488);
            return;
        }

        var offer = InDialogAction(caller, "INVITE", response.Body, response.ContentType ?? "application/sdp", reportResponses: true);
        State.Bridge = new MediaBridge
        {
            Purpose = BridgePurpose.MakeCall,
            SourceLegIds = [answered.Id],
            SourceLegId = answered.Id,
            SourceCSeq = response.CSeq,
            TargetLegId = caller.Id,
            TargetCSeq = offer.CSeq,
            Offer = response.Body,
        };
        change.Actions.Add(offer);
    }
}
