namespace Voice.Grains.Routing.Queues;

/// <summary>The agent who has handled the fewest calls; ties go to the longest idle.</summary>
public sealed class FewestCallsSelector : IAgentSelector
{
    public AgentCandidate Select(WaitingCall call, IReadOnlyList<AgentCandidate> qualified) =>
        qualified.OrderBy(a => a.CallsHandled).ThenBy(a => a, CandidateOrder.LongestIdleFirst).First();
}
