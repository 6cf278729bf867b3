using Voice.Grains.Contracts.Tenancy;

namespace Voice.Grains.DialPlan;

/// <summary>The first rule that matched and the number it translated the dialled digits into.</summary>
public sealed record DialPlanMatch(DialPlanRule Rule, string Translated);
