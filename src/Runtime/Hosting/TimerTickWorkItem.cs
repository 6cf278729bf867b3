using Voice.Runtime.Invocation;

namespace Voice.Runtime.Hosting;

/// <summary>One timer tick running as a turn (its own call chain; does not count as use for idle collection).</summary>
internal sealed class TimerTickWorkItem : ActivationWorkItem
{
    private readonly GrainTimer _timer;

    public TimerTickWorkItem(GrainTimer timer)
    {
        _timer = timer;
        Chain = new CallChain();
    }

    internal override Task Execute(GrainActivation activation) => _timer.RunAsync();

    internal override void Complete(Task execution)
    {
        _timer.TickDone();
        if (execution.Exception is { } error)
        {
            Log.TimerTickFailed(_timer.Activation.Runtime.Logger, error.InnerException ?? error, _timer.Activation.Id);
        }
    }

    internal override void Abandon(GrainActivation activation, Exception? activationError) => _timer.TickDone();
}
