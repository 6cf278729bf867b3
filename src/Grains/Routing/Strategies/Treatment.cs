namespace Voice.Grains.Routing.Strategies;

/// <summary><c>route.treatment(type, params)</c>: something to play to the caller (music, announcement, …) while routing.</summary>
public sealed record Treatment(string Type, IReadOnlyDictionary<string, string> Parameters) : RoutingInstruction
{
    public override bool IsTarget => false;
}
