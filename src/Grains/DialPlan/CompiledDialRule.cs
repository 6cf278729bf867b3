using Voice.Grains.Contracts.Tenancy;

namespace Voice.Grains.DialPlan;

/// <summary>A dial-plan rule with its pattern and translation compiled.</summary>
public sealed record CompiledDialRule(DialPlanRule Rule, DialPattern Pattern, DialTranslation Translation);
