namespace Voice.Grains.Routing.Strategies;

/// <summary><c>route.toAgent(agentId)</c>: offer the call to that agent.</summary>
public sealed record ToAgent(string AgentId) : RoutingInstruction
{
    public override bool IsTarget => true;
}
