namespace Voice.Grains.Routing.Strategies;

/// <summary>
/// The outcome of one strategy run: <see cref="Instructions"/> in the order the script gave them when it routed,
/// or <see cref="Failure"/> with a message that names the reason (for events and logs) when it did not.
/// A failed run carries no instructions: none of a half-run strategy is applied.
/// </summary>
public sealed record StrategyResult(IReadOnlyList<RoutingInstruction> Instructions, StrategyFailure? Failure, string? Message)
{
    public bool Routed => Failure is null;

    public static StrategyResult Success(IReadOnlyList<RoutingInstruction> instructions) => new(instructions, null, null);

    public static StrategyResult Failed(StrategyFailure failure, string message) => new([], failure, message);
}
