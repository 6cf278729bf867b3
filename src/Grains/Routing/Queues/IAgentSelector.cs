namespace Voice.Grains.Routing.Queues;

/// <summary>Picks which of the qualified Ready agents gets a call.</summary>
public interface IAgentSelector
{
    /// <summary>
    /// Chooses one of <paramref name="qualified"/> (never empty; every agent has the call's skills) for
    /// <paramref name="call"/>. Stateful selectors advance their state only here, once per assignment.
    /// </summary>
    AgentCandidate Select(WaitingCall call, IReadOnlyList<AgentCandidate> qualified);
}
