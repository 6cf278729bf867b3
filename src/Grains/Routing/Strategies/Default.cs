namespace Voice.Grains.Routing.Strategies;

/// <summary><c>route.default()</c>: send the call to the route point's configured default target.</summary>
public sealed record Default : RoutingInstruction
{
    public override bool IsTarget => true;
}
