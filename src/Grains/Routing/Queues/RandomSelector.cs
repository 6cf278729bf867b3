namespace Voice.Grains.Routing.Queues;

/// <summary>
/// A qualified agent picked uniformly at random. The candidates are put in id order first, so a seeded
/// <see cref="Random"/> gives the same choices whatever order the agents were listed in.
/// </summary>
public sealed class RandomSelector(Random random) : IAgentSelector
{
    public AgentCandidate Select(WaitingCall call, IReadOnlyList<AgentCandidate> qualified)
    {
        var ordered = qualified.OrderBy(a => a.AgentId, StringComparer.Ordinal).ToList();
        return ordered[random.Next(ordered.Count)];
    }
}
