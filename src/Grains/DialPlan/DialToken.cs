namespace Voice.Grains.DialPlan;

/// <summary>One position of a compiled pattern: the characters it accepts and how many it consumes.</summary>
public readonly record struct DialToken(string Accepts, DialTokenRepeat Repeat)
{
    public bool Matches(char c) => Accepts.Contains(c, StringComparison.Ordinal);
}
