namespace Voice.Grains.Routing.Strategies;

/// <summary>One thing a strategy asked for, in the order it asked (see docs/routing.md).</summary>
public abstract record RoutingInstruction
{
    /// <summary>True for the instructions that say where the call goes (queue, agent, DN, default).</summary>
    public abstract bool IsTarget { get; }
}
