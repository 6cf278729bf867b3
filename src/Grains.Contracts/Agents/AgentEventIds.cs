namespace Voice.Grains.Contracts.Agents;

/// <summary>The <c>id</c> values of <see cref="AgentEvent"/>.</summary>
public static class AgentEventIds
{
    public const string Login = "EventAgentLogin";
    public const string Logout = "EventAgentLogout";
    public const string Ready = "EventAgentReady";
    public const string NotReady = "EventAgentNotReady";
    public const string DndOn = "EventDNDOn";
    public const string DndOff = "EventDNDOff";
    public const string ForwardSet = "EventForwardSet";
    public const string ForwardCancel = "EventForwardCancel";
}
