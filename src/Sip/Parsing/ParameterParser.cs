using System.Buffers;
using Voice.Sip.Headers;
using Voice.Sip.Message;

namespace Voice.Sip.Parsing;

/// <summary>
/// Parses <c>*( SEMI generic-param )</c> (RFC 3261 §25.1): <c>generic-param = token [ EQUAL gen-value ]</c>,
/// <c>gen-value = token / host / quoted-string</c>. Whitespace around ';' and '=' is allowed.
/// The grammar lives in <see cref="TryReadNext"/> alone; <see cref="TryParse"/> builds objects from it and
/// <see cref="Validate"/> only checks, without allocating (the validator runs on every received message).
/// </summary>
public static class ParameterParser
{
    // Duplicate detection without allocation keeps name ranges on the stack; longer lists take the allocating path.
    private const int MaxStackParameters = 8;

    private static readonly SearchValues<byte> ValueChars = SearchValues.Create(
        Enumerable.Range(0, 256).Select(c => (byte)c).Where(IsValueChar).ToArray());

    /// <summary>
    /// Parses parameters from <paramref name="span"/>, which must be empty or start with ';'
    /// (leading whitespace allowed).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> span, out SipParameters parameters, out SipError error)
    {
        parameters = new SipParameters();
        var i = SipLexer.SkipWsp(span, 0);
        while (i < span.Length)
        {
            if (!TryReadNext(span, ref i, out var name, out var value, out error))
            {
                return false;
            }

            // RFC 3261 §7.3.1: a parameter name MUST NOT appear more than once.
            if (!parameters.TryAdd(SipLexer.Ascii(span[name]), value is { } v ? SipLexer.Ascii(span[v]) : null))
            {
                error = SipError.MalformedParameter;
                return false;
            }
        }

        error = SipError.None;
        return true;
    }

    /// <summary>Same verdict and error as <see cref="TryParse"/>, without building anything.</summary>
    public static bool Validate(ReadOnlySpan<byte> span, out SipError error)
    {
        Span<Range> names = stackalloc Range[MaxStackParameters];
        var count = 0;
        var i = SipLexer.SkipWsp(span, 0);
        while (i < span.Length)
        {
            if (!TryReadNext(span, ref i, out var name, out _, out error))
            {
                return false;
            }

            if (count == MaxStackParameters)
            {
                return TryParse(span, out _, out error);
            }

            if (ContainsName(span, names[..count], span[name]))
            {
                error = SipError.MalformedParameter;
                return false;
            }

            names[count++] = name;
        }

        error = SipError.None;
        return true;
    }

    /// <summary>
    /// Reads one <c>;name[=value]</c> starting at <paramref name="i"/> (which is at the ';') and leaves
    /// <paramref name="i"/> after the whitespace that follows it. <paramref name="value"/> is null when absent.
    /// </summary>
    internal static bool TryReadNext(ReadOnlySpan<byte> span, ref int i, out Range name, out Range? value, out SipError error)
    {
        name = default;
        value = null;
        error = SipError.MalformedParameter;
        if (span[i] != ';')
        {
            return false;
        }

        i = SipLexer.SkipWsp(span, i + 1);
        var nameStart = i;
        while (i < span.Length && SipLexer.IsTokenChar(span[i]))
        {
            i++;
        }

        if (i == nameStart)
        {
            return false;
        }

        name = nameStart..i;
        i = SipLexer.SkipWsp(span, i);
        if (i < span.Length && span[i] == '=')
        {
            i = SipLexer.SkipWsp(span, i + 1);
            if (!TryReadValue(span, ref i, out var v))
            {
                error = span.Length > i && span[i] == '"' ? SipError.MalformedQuotedString : SipError.MalformedParameter;
                return false;
            }

            value = v;
            i = SipLexer.SkipWsp(span, i);
        }

        error = SipError.None;
        return true;
    }

    /// <summary>Case-insensitive (RFC 3261 §7.3.1) lookup among already-read names; token names are ASCII.</summary>
    internal static bool ContainsName(ReadOnlySpan<byte> span, ReadOnlySpan<Range> names, ReadOnlySpan<byte> name)
    {
        foreach (var r in names)
        {
            if (System.Text.Ascii.EqualsIgnoreCase(span[r], name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryReadValue(ReadOnlySpan<byte> span, ref int i, out Range value)
    {
        value = default;
        if (i >= span.Length)
        {
            return false;
        }

        if (span[i] == '"')
        {
            var end = SipLexer.SkipQuoted(span, i);
            if (end < 0)
            {
                return false;
            }

            value = i..end;
            i = end;
            return true;
        }

        // Values such as branch and tag are long random tokens: one vectorized scan finds their end.
        var start = i;
        var length = span[i..].IndexOfAnyExcept(ValueChars);
        i = length < 0 ? span.Length : i + length;
        if (i == start)
        {
            return false;
        }

        value = start..i;
        return true;
    }

    // token / host (IPv6 references bring ':' '[' ']').
    private static bool IsValueChar(byte c) => SipLexer.IsTokenChar(c) || c is (byte)':' or (byte)'[' or (byte)']';
}
