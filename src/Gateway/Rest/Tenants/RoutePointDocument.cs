namespace Voice.Gateway.Rest.Tenants;

/// <summary>A route point: its DN and where calls go when no strategy routes them (a queue id or a DN).</summary>
public sealed record RoutePointDocument(string DefaultTarget, string? Number = null, string? Strategy = null);
