using System.Globalization;
using Voice.Runtime.Hosting;

namespace Voice.Runtime.Redis.Tests.Grains;

/// <summary>Signals "deactivated:{node}:{key}:{reason}" and "reminder:{node}:{key}:{name}" to the probe.</summary>
public sealed class LedgerGrain(GrainRuntime runtime, ClusterProbe probe) : Grain<LedgerState>, ILedgerGrain, IRemindable
{
    private int _pending;

    public async Task<int> AddAsync(int amount)
    {
        State.Total += amount;
        await WriteStateAsync([new GrainEvent("ledger", Key, amount.ToString(CultureInfo.InvariantCulture))]);
        return State.Total;
    }

    public Task NoteAsync(int amount)
    {
        _pending += amount;
        return Task.CompletedTask;
    }

    public Task<int> GetAsync() => Task.FromResult(State.Total);

    public Task<string> WhereAsync() => Task.FromResult(runtime.NodeId);

    public Task RemindAsync(string name, TimeSpan dueTime, TimeSpan period) => RegisterOrUpdateReminderAsync(name, dueTime, period);

    public Task ReceiveReminderAsync(string reminderName, ReminderTick tick)
    {
        probe.Signal($"reminder:{runtime.NodeId}:{Key}:{reminderName}");
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_pending != 0 && reason != DeactivationReason.InconsistentState)
        {
            State.Total += _pending;
            _pending = 0;
            await WriteStateAsync();
        }

        probe.Signal($"deactivated:{runtime.NodeId}:{Key}:{reason}");
    }
}
