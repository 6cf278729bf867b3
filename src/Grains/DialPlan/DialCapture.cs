namespace Voice.Grains.DialPlan;

/// <summary>A parenthesised group of a pattern: tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>).</summary>
public readonly record struct DialCapture(int FirstToken, int EndToken);
