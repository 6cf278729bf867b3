namespace Voice.Grains.Routing.Queues;

/// <summary>Makes the selector for a configured <see cref="AgentSelection"/>.</summary>
public static class AgentSelectors
{
    /// <param name="selection">The strategy.</param>
    /// <param name="random">The source for <see cref="AgentSelection.Random"/>; <see cref="Random.Shared"/> when null.</param>
    /// <param name="roundRobinCursor">The stored cursor of a <see cref="AgentSelection.RoundRobin"/> queue.</param>
    public static IAgentSelector Create(AgentSelection selection, Random? random = null, string? roundRobinCursor = null) => selection switch
    {
        AgentSelection.LongestIdle => new LongestIdleSelector(),
        AgentSelection.RoundRobin => new RoundRobinSelector(roundRobinCursor),
        AgentSelection.FewestCalls => new FewestCallsSelector(),
        AgentSelection.BestSkillLevel => new BestSkillSelector(),
        AgentSelection.Random => new RandomSelector(random ?? Random.Shared),
        _ => throw new ArgumentOutOfRangeException(nameof(selection), selection, "unknown agent selection"),
    };
}
