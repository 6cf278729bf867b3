namespace Voice.Grains.DialPlan;

public sealed partial class DialPattern
{
    private const int MaxCaptures = 9;

    /// <summary>Compiles <paramref name="text"/>; on failure <paramref name="error"/> says what and where.</summary>
    public static bool TryParse(string? text, out DialPattern pattern, out string error)
    {
        pattern = null!;
        if (string.IsNullOrEmpty(text))
        {
            error = "pattern is empty";
            return false;
        }

        var tokens = new List<DialToken>();
        var captures = new List<DialCapture>();
        int? openCapture = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (tokens.Count > 0 && tokens[^1].Repeat != DialTokenRepeat.One && c != ')')
            {
                error = $"'{text[i - 1]}' must be the last element of the pattern (found '{c}' at {i + 1})";
                return false;
            }

            switch (c)
            {
                case '(':
                    if (openCapture is not null)
                    {
                        error = $"nested '(' at {i + 1}";
                        return false;
                    }

                    openCapture = tokens.Count;
                    break;
                case ')':
                    if (openCapture is null)
                    {
                        error = $"')' at {i + 1} has no matching '('";
                        return false;
                    }

                    captures.Add(new DialCapture(openCapture.Value, tokens.Count));
                    openCapture = null;
                    break;
                case '[':
                    if (!TryParseClass(text, ref i, out var accepts, out error))
                    {
                        return false;
                    }

                    tokens.Add(new DialToken(accepts, DialTokenRepeat.One));
                    break;
                case '.':
                case '!':
                    tokens.Add(new DialToken(Digits, c == '.' ? DialTokenRepeat.OneOrMore : DialTokenRepeat.ZeroOrMore));
                    break;
                default:
                    if (!TryParseSingle(c, out var single))
                    {
                        error = $"unexpected '{c}' at {i + 1}";
                        return false;
                    }

                    tokens.Add(new DialToken(single, DialTokenRepeat.One));
                    break;
            }
        }

        if (openCapture is not null)
        {
            error = "'(' is not closed";
            return false;
        }

        if (captures.Count > MaxCaptures)
        {
            error = $"at most {MaxCaptures} captures are allowed";
            return false;
        }

        pattern = new DialPattern(text, [.. tokens], [.. captures]);
        error = string.Empty;
        return true;
    }

    private static bool TryParseSingle(char c, out string accepts)
    {
        accepts = char.ToUpperInvariant(c) switch
        {
            'X' => Digits,
            'N' => "23456789",
            'Z' => "123456789",
            >= '0' and <= '9' or '*' or '#' or '+' => c.ToString(),
            _ => string.Empty,
        };
        return accepts.Length > 0;
    }

    // "[1-5]", "[135]", "[0-37-9]": digits and ascending ranges of digits.
    private static bool TryParseClass(string text, ref int i, out string accepts, out string error)
    {
        var start = i;
        var close = text.IndexOf(']', i + 1);
        accepts = string.Empty;
        if (close < 0)
        {
            error = $"'[' at {start + 1} is not closed";
            return false;
        }

        var body = text[(i + 1)..close];
        var set = new SortedSet<char>();
        var k = 0;
        while (k < body.Length)
        {
            var first = body[k];
            var isRange = k + 2 < body.Length && body[k + 1] == '-';
            var last = isRange ? body[k + 2] : first;

            if (!char.IsAsciiDigit(first) || !char.IsAsciiDigit(last) || last < first)
            {
                error = !isRange
                    ? $"unexpected '{first}' in class at {start + 2 + k}"
                    : $"bad range '{first}-{last}' in class at {start + 2 + k}";
                return false;
            }

            for (var d = first; d <= last; d++)
            {
                set.Add(d);
            }

            k += isRange ? 3 : 1;
        }

        if (set.Count == 0)
        {
            error = $"empty class at {start + 1}";
            return false;
        }

        accepts = new string([.. set]);
        error = string.Empty;
        i = close;
        return true;
    }
}
