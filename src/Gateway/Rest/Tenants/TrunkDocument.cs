namespace Voice.Gateway.Rest.Tenants;

/// <summary>A SIP trunk trusted by source address (CIDR blocks); <see cref="Target"/> carries outbound external calls.</summary>
public sealed record TrunkDocument(string Name, IReadOnlyList<string> SourceAcl, IReadOnlyList<string>? AllowedPatterns = null, string? Target = null);
