using Voice.Grains.Contracts.Tenancy;

namespace Voice.Grains.DialPlan;

/// <summary>
/// A tenant's dial plan, compiled once: rules are tried in ascending <see cref="DialPlanRule.Order"/> and the
/// first whose pattern matches the whole dialled string translates it.
/// </summary>
public sealed class DialPlanEvaluator
{
    private readonly CompiledDialRule[] _rules;

    private DialPlanEvaluator(CompiledDialRule[] rules) => _rules = rules;

    public static DialPlanEvaluator Empty { get; } = new([]);

    /// <summary>Compiles <paramref name="rules"/>; throws for an invalid rule (configs are validated before this).</summary>
    public static DialPlanEvaluator Compile(IEnumerable<DialPlanRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var compiled = new List<CompiledDialRule>();
        foreach (var rule in rules.OrderBy(r => r.Order))
        {
            if (!TryCompile(rule, out var one, out var error))
            {
                throw new ArgumentException($"dial-plan rule {rule.Order} ('{rule.Pattern}'): {error}", nameof(rules));
            }

            compiled.Add(one);
        }

        return new DialPlanEvaluator([.. compiled]);
    }

    public static bool TryCompile(DialPlanRule rule, out CompiledDialRule compiled, out string error)
    {
        ArgumentNullException.ThrowIfNull(rule);
        compiled = null!;
        if (!DialPattern.TryParse(rule.Pattern, out var pattern, out error))
        {
            return false;
        }

        if (!DialTranslation.TryParse(rule.Translation, pattern.Captures.Count, out var translation, out error))
        {
            return false;
        }

        compiled = new CompiledDialRule(rule, pattern, translation);
        return true;
    }

    public DialPlanMatch? Evaluate(string dialled)
    {
        ArgumentNullException.ThrowIfNull(dialled);
        foreach (var rule in _rules)
        {
            if (rule.Pattern.TryMatch(dialled, out var groups))
            {
                return new DialPlanMatch(rule.Rule, rule.Translation.Apply(groups));
            }
        }

        return null;
    }
}
