namespace Voice.Grains.Contracts.Agents;

/// <summary>
/// The outcome of an agent request: done (<see cref="Error"/> null), or refused with a specific code and a message a
/// person can read. Either way <see cref="Agent"/> is the agent as it is now (unchanged when refused).
/// </summary>
public sealed record AgentResult(AgentErrorCode? Error, string? Message, AgentSnapshot Agent)
{
    public bool IsOk => Error is null;

    public static AgentResult Ok(AgentSnapshot agent) => new(null, null, agent);

    public static AgentResult Refused(AgentErrorCode error, string message, AgentSnapshot agent) => new(error, message, agent);
}
