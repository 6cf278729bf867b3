using Voice.Sip.Headers;
using Voice.Sip.Message;

namespace Voice.Sip.Parsing;

/// <summary>
/// Content-Type (RFC 3261 §20.15): <c>m-type SLASH m-subtype *(SEMI m-parameter)</c> where SLASH allows
/// whitespace around '/' and every m-parameter has a value (<c>m-attribute EQUAL m-value</c>, §25.1).
/// </summary>
public static class ContentTypeParser
{
    public static bool TryParse(ReadOnlySpan<byte> span, out ContentTypeHeader value, out SipError error)
    {
        value = null!;
        error = SipError.MalformedContentType;
        var i = SipLexer.SkipWsp(span, 0);
        if (!TryReadToken(span, ref i, out var type))
        {
            return false;
        }

        i = SipLexer.SkipWsp(span, i);
        if (i >= span.Length || span[i] != '/')
        {
            return false;
        }

        i = SipLexer.SkipWsp(span, i + 1);
        if (!TryReadToken(span, ref i, out var subType))
        {
            return false;
        }

        if (!ParameterParser.TryParse(span[i..], out var parameters, out _))
        {
            return false;
        }

        foreach (var p in parameters)
        {
            if (p.Value is null)
            {
                return false;
            }
        }

        value = new ContentTypeHeader(SipLexer.Ascii(type), SipLexer.Ascii(subType));
        foreach (var p in parameters)
        {
            value.Parameters.TryAdd(p.Name, p.Value);
        }

        error = SipError.None;
        return true;
    }

    internal static bool TryReadToken(ReadOnlySpan<byte> span, ref int i, out ReadOnlySpan<byte> token)
    {
        var start = i;
        while (i < span.Length && SipLexer.IsTokenChar(span[i]))
        {
            i++;
        }

        token = span[start..i];
        return i > start;
    }
}
