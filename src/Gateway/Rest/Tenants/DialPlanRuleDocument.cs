namespace Voice.Gateway.Rest.Tenants;

/// <summary>A dial-plan rule; <see cref="Order"/> defaults to 10, 20, 30 … by position, <see cref="Scope"/> to internal.</summary>
public sealed record DialPlanRuleDocument(string Pattern, int? Order = null, string? Translation = null, string? Scope = null);
