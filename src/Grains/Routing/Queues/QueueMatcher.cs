namespace Voice.Grains.Routing.Queues;

/// <summary>Pairs waiting calls with Ready agents.</summary>
public static class QueueMatcher
{
    /// <summary>
    /// Walks the calls in <see cref="WaitingCallOrder"/> and gives each the agent <paramref name="selector"/> picks
    /// among the still-free agents that qualify for it. A call no free agent qualifies for is skipped, not waited
    /// on: a later call needing other skills must not be held up behind it. No agent gets two calls, no call two agents.
    /// </summary>
    public static IReadOnlyList<CallAssignment> Match(
        IEnumerable<WaitingCall> calls,
        IEnumerable<AgentCandidate> readyAgents,
        IAgentSelector selector)
    {
        var free = readyAgents.DistinctBy(a => a.AgentId, StringComparer.Ordinal).ToList();
        var assignments = new List<CallAssignment>();
        foreach (var call in calls.Order(WaitingCallOrder.Instance))
        {
            if (free.Count == 0)
            {
                break;
            }

            var qualified = free.Where(a => SkillMatch.Qualifies(call.RequiredSkills, a.Skills)).ToList();
            if (qualified.Count == 0)
            {
                continue;
            }

            var agent = selector.Select(call, qualified);
            free.Remove(agent);
            assignments.Add(new CallAssignment(call, agent));
        }

        return assignments;
    }
}
