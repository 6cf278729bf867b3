namespace Voice.Grains.Contracts.Routing;

/// <summary>What a routing session routes: the call at a route point.</summary>
/// <param name="RoutePoint">The route point DN the call reached.</param>
/// <param name="Ani">The calling number.</param>
/// <param name="Dnis">The digits dialled.</param>
/// <param name="UserData">The call's attached data when routing starts.</param>
public sealed record RoutingRequest(string RoutePoint, string Ani, string Dnis, IReadOnlyDictionary<string, string> UserData);
