using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Routing;
using Voice.Grains.Contracts.Tenancy;

namespace Voice.Grains.Routing.Sessions;

public sealed partial class RoutingSessionGrain
{
    /// <summary>Carries out steps until one places the call (a DN rings, or it waits in a queue) or none is left.</summary>
    private async Task ContinueAsync()
    {
        while (State.Status == RoutingSessionStates.Running)
        {
            if (State.Next >= State.Steps.Count)
            {
                if (State.DefaultTried)
                {
                    await FailAsync("no target of the strategy or the route point could take the call");
                    return;
                }

                State.Steps.Add(new RoutingStep { Kind = RoutingStep.DefaultKind });
            }

            var step = State.Steps[State.Next];
            State.Next++;
            await RunStepAsync(step);
            await WriteStateAsync();
        }

        if (State.Status is RoutingSessionStates.Routed or RoutingSessionStates.Failed
            || (State.Status == RoutingSessionStates.Queued && State.QueueDeadline is null))
        {
            await UnregisterReminderAsync(TimerReminder);
        }
    }

    private async Task RunStepAsync(RoutingStep step)
    {
        switch (step.Kind)
        {
            case RoutingStep.AttachKind:
                await Call.UpdateUserDataAsync(new UserDataChange(
                    UserDataOperation.Merge, new Dictionary<string, string> { [step.Target!] = step.Value ?? string.Empty }, [], null));
                break;
            case RoutingStep.TreatmentKind:
                // Treatments play media; no media endpoint serves route points yet, so each is reported not applied.
                await Call.OnRoutingNoticeAsync(new RoutingNotice(
                    CallEventIds.TreatmentNotApplied, null, null, step.Target, new Dictionary<string, string> { ["Reason"] = "NoMediaEndpoint" }));
                break;
            case RoutingStep.QueueKind:
                await EnqueueAsync(step);
                break;
            case RoutingStep.DnKind:
                await ToDnAsync(step.Target!, "Strategy");
                break;
            case RoutingStep.AgentKind:
                await ToAgentAsync(step.Target!);
                break;
            default:
                await ToDefaultAsync();
                break;
        }
    }

    private async Task ToDefaultAsync()
    {
        State.DefaultTried = true;
        var config = await GrainFactory.GetGrain<ITenantGrain>(TenantId).GetConfigAsync();
        var target = config?.Dns.FirstOrDefault(d => d.Number == State.Request!.RoutePoint)?.DefaultTarget;
        if (target is null)
        {
            return;
        }

        var reason = State.Failure is null ? "Default" : $"Default (strategy failed: {State.Failure})";
        if (config!.Dns.Any(d => d.Type == DnType.VirtualQueue && d.QueueId == target))
        {
            await EnqueueAsync(RoutingStep.ToQueue(target));
        }
        else
        {
            await ToDnAsync(target, reason);
        }
    }

    /// <summary>A DN: a virtual queue's number means that queue; otherwise the call rings it (if it can).</summary>
    private async Task ToDnAsync(string dn, string reason)
    {
        var config = await GrainFactory.GetGrain<ITenantGrain>(TenantId).GetConfigAsync();
        if (config?.Dns.FirstOrDefault(d => d.Number == dn) is { Type: DnType.VirtualQueue, QueueId: { } queueId })
        {
            await EnqueueAsync(RoutingStep.ToQueue(queueId));
            return;
        }

        var routed = await Call.RouteToAsync(new RouteTarget(dn, null, reason));
        Placed(routed, dn);
    }

    /// <summary>An agent: rung on its DN when Ready, reserved first so no queue offers it another call meanwhile.</summary>
    private async Task ToAgentAsync(string agentId)
    {
        var agent = GrainFactory.GetGrain<IAgentGrain>(AgentKey.For(TenantId, agentId));
        var reserved = await agent.ReserveAsync(Key, TimeSpan.FromSeconds(30));
        if (!reserved.IsOk || reserved.Agent?.Dn is not { } dn)
        {
            Log.StepSkipped(_logger, Key, "agent", agentId, reserved.Message ?? "not reachable");
            return;
        }

        var routed = await Call.RouteToAsync(new RouteTarget(dn, agentId, "Strategy"));
        Placed(routed, dn);
    }

    private void Placed(CallControlResult routed, string dn)
    {
        if (routed.IsOk)
        {
            State.Status = RoutingSessionStates.Routed;
            State.Target = dn;
        }
        else if (routed.Error == "NotWaiting")
        {
            // The call is gone or answered meanwhile: nothing left to route.
            State.Status = RoutingSessionStates.Ended;
        }
        else
        {
            Log.StepSkipped(_logger, Key, "DN", dn, routed.Message ?? routed.Error!);
        }
    }

    private async Task FailAsync(string reason)
    {
        State.Status = RoutingSessionStates.Failed;
        State.Failure ??= reason;
        await WriteStateAsync();
        await Call.RoutingFailedAsync(reason);
    }
}
