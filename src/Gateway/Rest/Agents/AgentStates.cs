using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Calls;

namespace Voice.Gateway.Rest.Agents;

/// <summary>Agent snapshots → <see cref="AgentStateDocument"/>; call keys become the call ids the call endpoints take.</summary>
internal static class AgentStates
{
    public static AgentStateDocument Write(AgentSnapshot agent) => new(
        agent.Status.ToString(),
        agent.WorkMode.ToString(),
        agent.Reason,
        agent.Dn,
        agent.Queues,
        agent.Dnd,
        agent.ForwardTo,
        [.. agent.ActiveCalls.Select(key => CallThreadKey.Split(key).CallThreadId)],
        agent.Since,
        agent.AfterCallWorkEndsAt);

    /// <summary>A work mode named exactly as in the events (ManualIn, AuxWork …); numbers and other spellings are not.</summary>
    public static AgentWorkMode? ParseWorkMode(string name) =>
        Enum.GetValues<AgentWorkMode>().Where(m => m != AgentWorkMode.Unknown && m.ToString() == name).Select(m => (AgentWorkMode?)m).FirstOrDefault();
}
