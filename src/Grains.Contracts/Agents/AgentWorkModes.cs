namespace Voice.Grains.Contracts.Agents;

/// <summary>Which work modes go with which status.</summary>
public static class AgentWorkModes
{
    /// <summary>Modes a Ready agent can be in.</summary>
    public static bool IsReadyMode(AgentWorkMode mode) => mode is AgentWorkMode.ManualIn or AgentWorkMode.AutoIn;

    /// <summary>Modes a NotReady agent can be in.</summary>
    public static bool IsNotReadyMode(AgentWorkMode mode) =>
        mode is AgentWorkMode.AuxWork or AgentWorkMode.AfterCallWork or AgentWorkMode.WalkAway or AgentWorkMode.NoCallDisconnect;
}
