namespace Voice.Grains.DialPlan;

/// <summary>How many dialled characters one pattern token consumes.</summary>
public enum DialTokenRepeat
{
    /// <summary>Exactly one character.</summary>
    One,

    /// <summary>Trailing ".": one or more digits, the rest of the number.</summary>
    OneOrMore,

    /// <summary>Trailing "!": zero or more digits, the rest of the number.</summary>
    ZeroOrMore,
}
