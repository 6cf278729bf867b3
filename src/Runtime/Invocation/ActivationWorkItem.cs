using Voice.Runtime.Hosting;

namespace Voice.Runtime.Invocation;

/// <summary>Something an activation runs as a turn: a grain call, a timer tick.</summary>
public abstract class ActivationWorkItem
{
    private protected ActivationWorkItem()
    {
    }

    /// <summary>Chain the turn runs under.</summary>
    internal CallChain? Chain { get; set; }

    internal abstract Task Execute(GrainActivation activation);

    /// <summary>Called once with the completed task returned by <see cref="Execute"/>.</summary>
    internal abstract void Complete(Task execution);

    /// <summary>The activation is gone (deactivated or failed) before this item ran.</summary>
    internal abstract void Abandon(GrainActivation activation, Exception? activationError);
}
