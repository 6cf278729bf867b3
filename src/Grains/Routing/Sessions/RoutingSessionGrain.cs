using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Routing;
using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.Routing.Strategies;
using Voice.Runtime;

namespace Voice.Grains.Routing.Sessions;

/// <summary>
/// Routes one call from a route point (key = the call thread's key): runs the strategy once, stores its steps, and
/// carries them out in order, storing progress after each, so that another node continues where this one stopped.
/// One durable reminder keeps time: the watchdog while steps run, the queue timeout while the call waits.
/// </summary>
public sealed partial class RoutingSessionGrain(
    StrategyRunner strategies,
    TimeProvider time,
    ILogger<RoutingSessionGrain>? logger = null) : Grain<RoutingSessionState>, IRoutingSessionGrain, IRemindable
{
    public const string TimerReminder = "routing-timer";

    /// <summary>How often an interrupted session (its node died between steps) is picked up again.</summary>
    public static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(5);

    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    private string TenantId => CallThreadKey.Split(Key).TenantId;

    private ICallThreadGrain Call => GrainFactory.GetGrain<ICallThreadGrain>(Key);

    public async Task StartAsync(RoutingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (State.Status != RoutingSessionStates.None)
        {
            return;
        }

        State.Request = request;
        var config = await GrainFactory.GetGrain<ITenantGrain>(TenantId).GetConfigAsync();
        var routePoint = config?.Dns.FirstOrDefault(d => d.Number == request.RoutePoint);
        State.Steps = await PlanAsync(routePoint, request);
        State.Status = RoutingSessionStates.Running;
        await WriteStateAsync();
        await RegisterOrUpdateReminderAsync(TimerReminder, Watchdog, Watchdog);
        await ContinueAsync();
    }

    public async Task CallEndedAsync(bool answered)
    {
        if (State.Status == RoutingSessionStates.Queued && !answered && State.Queue is { } queue)
        {
            await Queue(queue).RemoveAsync(Key);
        }

        await UnregisterReminderAsync(TimerReminder);
        if (State.Status != RoutingSessionStates.None)
        {
            await ClearStateAsync();
        }

        DeactivateOnIdle();
    }

    public Task<RoutingSessionSnapshot> GetAsync() => Task.FromResult(new RoutingSessionSnapshot(
        State.Status, State.Queue, State.Target, State.Next, [.. State.Steps.Select(s => s.ToString())], State.Failure));

    public async Task ReceiveReminderAsync(string reminderName, ReminderTick tick)
    {
        switch (State.Status)
        {
            case RoutingSessionStates.Running:
                await ContinueAsync();
                break;
            case RoutingSessionStates.Queued when State.QueueDeadline is { } deadline && time.GetUtcNow() >= deadline:
                await OverflowAsync();
                break;
            case RoutingSessionStates.Queued:
                break;
            default:
                await UnregisterReminderAsync(TimerReminder);
                break;
        }
    }

    /// <summary>The steps: a queue DN dialled directly is just that queue; otherwise the strategy, or the default.</summary>
    private async Task<List<RoutingStep>> PlanAsync(DnConfig? routePoint, RoutingRequest request)
    {
        if (routePoint is { Type: DnType.VirtualQueue, QueueId: { } queueId })
        {
            return [RoutingStep.ToQueue(queueId)];
        }

        if (routePoint?.Strategy is not { Length: > 0 } source)
        {
            return [new RoutingStep { Kind = RoutingStep.DefaultKind }];
        }

        var result = await strategies.RunAsync(source, new StrategyCall(request.Ani, request.Dnis, request.RoutePoint, request.UserData));
        if (!result.Routed)
        {
            // The runner logged it; the call's EventRouteUsed names it with the default target.
            State.Failure = $"{result.Failure}: {result.Message}";
            return [new RoutingStep { Kind = RoutingStep.DefaultKind }];
        }

        return [.. result.Instructions.Select(RoutingStep.From)];
    }
}
