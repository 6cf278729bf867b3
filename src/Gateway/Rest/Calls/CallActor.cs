namespace Voice.Gateway.Rest.Calls;

/// <summary>
/// Who a call request acts for: the DN the call grain is asked on behalf of (null when a supervisor or administrator
/// gave none, for reads and user data), and — for an agent token — the agent, whose calls are the only ones it sees.
/// </summary>
internal sealed record CallActor(string? Dn, string? AgentId)
{
    public bool IsAgent => AgentId is not null;
}
