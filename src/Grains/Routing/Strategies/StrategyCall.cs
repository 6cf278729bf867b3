namespace Voice.Grains.Routing.Strategies;

/// <summary>The call a strategy routes, as the script sees it in <c>call</c>.</summary>
/// <param name="Ani">The calling number.</param>
/// <param name="Dnis">The dialled number.</param>
/// <param name="RoutePoint">The route point DN running the strategy.</param>
/// <param name="UserData">The call's user data (read-only for the script; it adds with <c>route.attach</c>).</param>
public sealed record StrategyCall(string Ani, string Dnis, string RoutePoint, IReadOnlyDictionary<string, string> UserData);
