namespace Voice.Grains.Routing.Queues;

/// <summary>
/// The agent with the highest summed level in the call's required skills (the most expert for this call);
/// ties, and calls that require no skill, go to the longest idle.
/// </summary>
public sealed class BestSkillSelector : IAgentSelector
{
    public AgentCandidate Select(WaitingCall call, IReadOnlyList<AgentCandidate> qualified) =>
        qualified
            .OrderByDescending(a => SkillMatch.Score(call.RequiredSkills, a.Skills))
            .ThenBy(a => a, CandidateOrder.LongestIdleFirst)
            .First();
}
