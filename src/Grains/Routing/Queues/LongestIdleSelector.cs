namespace Voice.Grains.Routing.Queues;

/// <summary>The default: the agent Ready the longest, which spreads the work fairly over time.</summary>
public sealed class LongestIdleSelector : IAgentSelector
{
    public AgentCandidate Select(WaitingCall call, IReadOnlyList<AgentCandidate> qualified) =>
        qualified.MinBy(a => a, CandidateOrder.LongestIdleFirst)!;
}
