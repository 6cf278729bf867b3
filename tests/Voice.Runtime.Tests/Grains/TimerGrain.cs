namespace Voice.Runtime.Tests.Grains;

public sealed class TimerGrain(GrainProbe probe) : Grain, ITimerGrain, IRemindable
{
    private int _ticks;
    private bool _inCall;

    public Task StartAsync(TimeSpan period)
    {
        RegisterGrainTimer(OnTickAsync, period, period);
        return Task.CompletedTask;
    }

    public Task<int> TicksAsync() => Task.FromResult(_ticks);

    public async Task HoldAsync(string gate)
    {
        _inCall = true;
        probe.Signal("holding " + gate);
        await probe.Gate(gate).Task;
        _inCall = false;
    }

    public Task RegisterReminderAsync(string name, TimeSpan period) => RegisterOrUpdateReminderAsync(name, period, period);

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task ReceiveReminderAsync(string reminderName, ReminderTick tick)
    {
        probe.Signal($"reminder {Key} {reminderName} {tick.CurrentTickTime:HH:mm}");
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Signal($"deactivated {Key} {reason}");
        return Task.CompletedTask;
    }

    private Task OnTickAsync(CancellationToken cancellationToken)
    {
        _ticks++;
        // A tick is a turn: it must never observe a call in the middle of its turn.
        probe.Signal(_inCall ? "tick during call" : $"tick {_ticks}");
        return Task.CompletedTask;
    }
}
