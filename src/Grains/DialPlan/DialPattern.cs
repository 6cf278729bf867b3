namespace Voice.Grains.DialPlan;

/// <summary>
/// A compiled dial-plan pattern. Syntax (docs/tenancy.md): literal 0-9 * # +; X = any digit; N = 2-9; Z = 1-9;
/// [..] = a class of digits and ranges ("[1-5]", "[135]", "[0-37-9]"); a final "." = one or more further digits,
/// a final "!" = zero or more; ( ) capture the digits they span for $1..$9 in a translation (no nesting).
/// A pattern matches the whole dialled string. Letters are case-insensitive.
/// </summary>
public sealed partial class DialPattern
{
    public const string Digits = "0123456789";

    private DialPattern(string text, DialToken[] tokens, DialCapture[] captures)
    {
        Text = text;
        Tokens = tokens;
        Captures = captures;
    }

    public string Text { get; }

    public IReadOnlyList<DialToken> Tokens { get; }

    public IReadOnlyList<DialCapture> Captures { get; }

    /// <summary>
    /// Matches the whole of <paramref name="dialled"/>; on success <paramref name="groups"/> holds $0 (everything)
    /// followed by each capture's digits.
    /// </summary>
    public bool TryMatch(string dialled, out string[] groups)
    {
        ArgumentNullException.ThrowIfNull(dialled);
        groups = [];
        var starts = new int[Tokens.Count + 1];
        var position = 0;
        for (var i = 0; i < Tokens.Count; i++)
        {
            starts[i] = position;
            var token = Tokens[i];
            if (token.Repeat == DialTokenRepeat.One)
            {
                if (position >= dialled.Length || !token.Matches(dialled[position]))
                {
                    return false;
                }

                position++;
                continue;
            }

            // A repeat token is always last (enforced by the parser): it must take everything that is left.
            var rest = dialled.Length - position;
            if ((token.Repeat == DialTokenRepeat.OneOrMore && rest == 0) || !dialled[position..].All(token.Matches))
            {
                return false;
            }

            position = dialled.Length;
        }

        starts[Tokens.Count] = position;
        if (position != dialled.Length)
        {
            return false;
        }

        groups = new string[Captures.Count + 1];
        groups[0] = dialled;
        for (var g = 0; g < Captures.Count; g++)
        {
            var capture = Captures[g];
            groups[g + 1] = dialled[starts[capture.FirstToken]..starts[capture.EndToken]];
        }

        return true;
    }

    public override string ToString() => Text;
}
