namespace Voice.Grains.Routing.Strategies;

/// <summary><c>route.toDN(dn)</c>: send the call to a directory number (extension, queue DN, external number).</summary>
public sealed record ToDn(string Dn) : RoutingInstruction
{
    public override bool IsTarget => true;
}
