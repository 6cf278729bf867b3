namespace Voice.Grains.Contracts.Routing;

/// <summary>A target a routing session sends the call to: a DN to ring now.</summary>
/// <param name="Dn">The DN to ring (an extension of the tenant).</param>
/// <param name="AgentId">The agent the session chose, when it chose one (route.toAgent).</param>
/// <param name="Reason">Why this target (Strategy, Default, Overflow …), named on EventRouteUsed.</param>
public sealed record RouteTarget(string Dn, string? AgentId, string Reason);
