using System.Text;

namespace Voice.Sip.Parsing;

/// <summary>
/// Character classes and small scanners from RFC 3261 §25.1. Every method works on spans and
/// never reads past the end; callers get <c>false</c> instead of an exception on bad input.
/// </summary>
public static class SipLexer
{
    private static readonly bool[] Token = BuildTable("-.!%*_+`'~");

    /// <summary>RFC 3261 §25.1 token character (alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~").</summary>
    public static bool IsTokenChar(byte c) => Token[c];

    public static bool IsWsp(byte c) => c is (byte)' ' or (byte)'\t';

    public static bool IsDigit(byte c) => c is >= (byte)'0' and <= (byte)'9';

    public static bool IsAlpha(byte c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    public static bool IsHex(byte c) => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 'f' - 'a';

    public static bool IsToken(ReadOnlySpan<byte> span)
    {
        if (span.IsEmpty)
        {
            return false;
        }

        foreach (var c in span)
        {
            if (!Token[c])
            {
                return false;
            }
        }

        return true;
    }

    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> span)
    {
        var start = 0;
        while (start < span.Length && IsWsp(span[start]))
        {
            start++;
        }

        var end = span.Length;
        while (end > start && IsWsp(span[end - 1]))
        {
            end--;
        }

        return span[start..end];
    }

    public static int SkipWsp(ReadOnlySpan<byte> span, int index)
    {
        while (index < span.Length && IsWsp(span[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>Parses a non-negative decimal integer no greater than <paramref name="max"/>; no sign, no spaces.</summary>
    public static bool TryParseUInt(ReadOnlySpan<byte> span, long max, out long value)
    {
        value = 0;
        if (span.IsEmpty || span.Length > 19)
        {
            return false;
        }

        foreach (var c in span)
        {
            if (!IsDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
            if (value > max)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Finds the end of a quoted string that starts at <paramref name="start"/> (which must be a DQUOTE).
    /// Returns the index just past the closing quote, or -1 when unterminated (RFC 3261 §25.1 quoted-pair aware).
    /// </summary>
    public static int SkipQuoted(ReadOnlySpan<byte> span, int start)
    {
        for (var i = start + 1; i < span.Length; i++)
        {
            var c = span[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (c == '"')
            {
                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Index of <paramref name="target"/> outside quoted strings and angle brackets, or -1.
    /// Returns -2 when a quoted string or angle bracket is left open (the caller reports a syntax error).
    /// </summary>
    public static int IndexOfUnquoted(ReadOnlySpan<byte> span, byte target, int start = 0)
    {
        var angle = false;
        var i = start;
        while (i < span.Length)
        {
            // Jump (vectorized) to the next quote or angle bracket; a target before it is the answer unless
            // inside <...>. Most values have no quotes, so this is one or two IndexOf calls per header.
            var rel = span[i..].IndexOfAny((byte)'"', (byte)'<', (byte)'>');
            var special = rel < 0 ? span.Length : i + rel;
            if (!angle)
            {
                var t = span[i..special].IndexOf(target);
                if (t >= 0)
                {
                    return i + t;
                }
            }

            if (rel < 0)
            {
                break;
            }

            if (span[special] == '"')
            {
                var end = SkipQuoted(span, special);
                if (end < 0)
                {
                    return -2;
                }

                i = end;
                continue;
            }

            angle = span[special] == '<';
            i = special + 1;
        }

        return angle ? -2 : -1;
    }

    /// <summary>Decodes a quoted string (with or without its quotes), resolving quoted-pairs.</summary>
    public static string Unquote(ReadOnlySpan<byte> span)
    {
        if (span.Length >= 2 && span[0] == '"' && span[^1] == '"')
        {
            span = span[1..^1];
        }

        if (span.IndexOf((byte)'\\') < 0)
        {
            return Encoding.UTF8.GetString(span);
        }

        var buffer = new byte[span.Length];
        var n = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == '\\' && i + 1 < span.Length)
            {
                i++;
            }

            buffer[n++] = span[i];
        }

        return Encoding.UTF8.GetString(buffer, 0, n);
    }

    /// <summary>Quotes a string for use as a quoted-string, escaping DQUOTE and backslash.</summary>
    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var ch in value)
        {
            if (ch is '"' or '\\')
            {
                sb.Append('\\');
            }

            sb.Append(ch);
        }

        return sb.Append('"').ToString();
    }

    /// <summary>Checks that every '%' in the span starts a valid %HH escape (RFC 3261 §25.1 escaped).</summary>
    public static bool EscapesAreValid(ReadOnlySpan<byte> span)
    {
        var i = span.IndexOf((byte)'%');
        while (i >= 0)
        {
            if (i + 2 >= span.Length || !IsHex(span[i + 1]) || !IsHex(span[i + 2]))
            {
                return false;
            }

            var next = span[(i + 3)..].IndexOf((byte)'%');
            i = next < 0 ? -1 : i + 3 + next;
        }

        return true;
    }

    /// <summary>Replaces %HH escapes with the bytes they stand for (input assumed valid).</summary>
    public static string Unescape(string value)
    {
        if (!value.Contains('%', StringComparison.Ordinal))
        {
            return value;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        var output = new byte[bytes.Length];
        var n = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '%' && i + 2 < bytes.Length && IsHex(bytes[i + 1]) && IsHex(bytes[i + 2]))
            {
                output[n++] = (byte)((HexValue(bytes[i + 1]) << 4) | HexValue(bytes[i + 2]));
                i += 2;
            }
            else
            {
                output[n++] = bytes[i];
            }
        }

        return Encoding.UTF8.GetString(output, 0, n);
    }

    public static string Ascii(ReadOnlySpan<byte> span) => Encoding.UTF8.GetString(span);

    private static int HexValue(byte c) => IsDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;

    private static bool[] BuildTable(string extra)
    {
        var table = new bool[256];
        for (var c = '0'; c <= '9'; c++)
        {
            table[c] = true;
        }

        for (var c = 'a'; c <= 'z'; c++)
        {
            table[c] = true;
            table[char.ToUpperInvariant(c)] = true;
        }

        foreach (var c in extra)
        {
            table[c] = true;
        }

        return table;
    }
}
