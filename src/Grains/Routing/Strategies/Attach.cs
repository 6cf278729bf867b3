namespace Voice.Grains.Routing.Strategies;

/// <summary><c>route.attach(key, value)</c>: add to the call's user data (numbers and booleans become their text).</summary>
public sealed record Attach(string Key, string Value) : RoutingInstruction
{
    public override bool IsTarget => false;
}
