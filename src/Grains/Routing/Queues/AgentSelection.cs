namespace Voice.Grains.Routing.Queues;

/// <summary>The agent selection strategies a queue can be configured with.</summary>
public enum AgentSelection
{
    LongestIdle,
    RoundRobin,
    FewestCalls,
    BestSkillLevel,
    Random,
}
