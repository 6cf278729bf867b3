namespace Voice.Grains.Contracts.Routing;

/// <summary>A routing session as seen from outside.</summary>
/// <param name="State">None, Queued, Routed (a target rings or answered), Failed or Ended.</param>
/// <param name="Queue">The queue the call waits in, if any.</param>
/// <param name="Target">The DN the call was last sent to, if any.</param>
/// <param name="Step">How many of the strategy's instructions have been carried out.</param>
/// <param name="Instructions">The strategy's instructions, as text.</param>
/// <param name="Failure">Why the strategy failed (the route point's default was used), if it did.</param>
public sealed record RoutingSessionSnapshot(string State, string? Queue, string? Target, int Step, IReadOnlyList<string> Instructions, string? Failure);
