namespace Voice.Grains.Routing.Queues;

/// <summary>Whether an agent's skills satisfy a call's requirements, and how well.</summary>
public static class SkillMatch
{
    /// <summary>True when the agent has every required skill at the required level or above (skill names are case-sensitive).</summary>
    public static bool Qualifies(IReadOnlyDictionary<string, int> required, IReadOnlyDictionary<string, int> agentSkills)
    {
        foreach (var (skill, minLevel) in required)
        {
            if (!agentSkills.TryGetValue(skill, out var level) || level < minLevel)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The sum of the agent's levels in the required skills (0 when nothing is required).</summary>
    public static int Score(IReadOnlyDictionary<string, int> required, IReadOnlyDictionary<string, int> agentSkills)
    {
        var score = 0;
        foreach (var skill in required.Keys)
        {
            score += agentSkills.GetValueOrDefault(skill);
        }

        return score;
    }
}
