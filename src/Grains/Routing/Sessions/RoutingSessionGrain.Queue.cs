using System.Globalization;
using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Routing;
using Voice.Grains.Contracts.Tenancy;

namespace Voice.Grains.Routing.Sessions;

public sealed partial class RoutingSessionGrain
{
    /// <summary>
    /// The call waits in a queue: the call is told first (EventQueued, and so it accepts the queue's delivery, which
    /// may come before EnqueueAsync returns), then the queue takes it; a refusal moves on to the next step.
    /// </summary>
    private async Task EnqueueAsync(RoutingStep step)
    {
        var queueId = step.Target!;
        var config = await GrainFactory.GetGrain<ITenantGrain>(TenantId).GetConfigAsync();
        var queueDn = config?.Dns.FirstOrDefault(d => d.Type == DnType.VirtualQueue && d.QueueId == queueId)?.Number;
        if (queueDn is null)
        {
            Log.StepSkipped(_logger, Key, "queue", queueId, "no virtual-queue DN carries it");
            return;
        }

        var reasons = new Dictionary<string, string> { ["Priority"] = step.Priority.ToString(CultureInfo.InvariantCulture) };
        if (step.Skills.Count > 0)
        {
            reasons["Skills"] = string.Join(",", step.Skills.Select(s => $"{s.Key}:{s.Value}"));
        }

        var noticed = await Call.OnRoutingNoticeAsync(new RoutingNotice(CallEventIds.Queued, queueId, queueDn, null, reasons));
        if (!noticed.IsOk)
        {
            State.Status = RoutingSessionStates.Ended;
            return;
        }

        (State.Status, State.Queue, State.QueueDn) = (RoutingSessionStates.Queued, queueId, queueDn);
        State.QueueDeadline = step.TimeoutSec is { } seconds ? time.GetUtcNow().AddSeconds(seconds) : null;
        await WriteStateAsync();
        var queued = await Queue(queueId).EnqueueAsync(new QueuedCall(Key, step.Priority, step.Skills));
        if (!queued.IsOk)
        {
            Log.StepSkipped(_logger, Key, "queue", queueId, queued.Message ?? queued.Error!);
            await LeaveQueueAsync("Refused");
            return;
        }

        if (State.QueueDeadline is { } deadline)
        {
            var due = deadline - time.GetUtcNow();
            await RegisterOrUpdateReminderAsync(TimerReminder, due > TimeSpan.Zero ? due : TimeSpan.FromMilliseconds(1), Watchdog);
        }
    }

    /// <summary>The queue step's time is over: the call leaves the queue (if still waiting there) for the next step.</summary>
    private async Task OverflowAsync()
    {
        if (State.Queue is not { } queueId || !await Queue(queueId).RemoveAsync(Key))
        {
            // Being delivered or answered: the queue's own outcome decides.
            State.QueueDeadline = null;
            await WriteStateAsync();
            return;
        }

        await LeaveQueueAsync("Overflow");
        await ContinueAsync();
    }

    private async Task LeaveQueueAsync(string reason)
    {
        await Call.OnRoutingNoticeAsync(new RoutingNotice(
            CallEventIds.Diverted, State.Queue, State.QueueDn, null, new Dictionary<string, string> { ["Reason"] = reason }));
        (State.Status, State.Queue, State.QueueDn, State.QueueDeadline) = (RoutingSessionStates.Running, null, null, null);
        await WriteStateAsync();
        await RegisterOrUpdateReminderAsync(TimerReminder, Watchdog, Watchdog);
    }

    private IQueueGrain Queue(string queueId) => GrainFactory.GetGrain<IQueueGrain>($"{TenantId}:{queueId}");
}
