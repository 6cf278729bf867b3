using Voice.Sip.Message;

namespace Voice.Sip.Parsing;

/// <summary>Header section: lines, folding and trimming (RFC 3261 §7.3).</summary>
public static partial class SipMessageParser
{
    /// <summary>Reads header lines up to the empty line; leaves <paramref name="pos"/> at the first body byte.</summary>
    private static SipError ReadHeaders(ReadOnlyMemory<byte> data, ref int pos, SipHeaderCollection headers, SipParserOptions options)
    {
        var span = data.Span;
        var sectionStart = pos;
        while (true)
        {
            if (pos >= span.Length)
            {
                // RFC 3261 §7: the header section MUST end with an empty line.
                return SipError.MalformedHeaderLine;
            }

            var nl = span[pos..].IndexOf((byte)'\n');
            if (nl < 0)
            {
                return SipError.MalformedHeaderLine;
            }

            var lineEnd = pos + nl;
            var contentEnd = lineEnd > pos && span[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            if (contentEnd == pos)
            {
                pos = lineEnd + 1;
                break;
            }

            // RFC 3261 §7.3.1: a line starting with whitespace continues the previous field.
            var valueEnd = contentEnd;
            var next = lineEnd + 1;
            var folded = false;
            while (next < span.Length && SipLexer.IsWsp(span[next]))
            {
                var nl2 = span[next..].IndexOf((byte)'\n');
                if (nl2 < 0)
                {
                    return SipError.MalformedHeaderLine;
                }

                folded = true;
                var end2 = next + nl2;
                valueEnd = end2 > next && span[end2 - 1] == '\r' ? end2 - 1 : end2;
                next = end2 + 1;
            }

            if (valueEnd - pos > options.MaxHeaderLineLength)
            {
                return SipError.HeaderLineTooLong;
            }

            var i = pos;
            while (i < contentEnd && SipLexer.IsTokenChar(span[i]))
            {
                i++;
            }

            if (i == pos)
            {
                return SipLexer.IsWsp(span[pos]) ? SipError.MalformedHeaderLine : SipError.InvalidHeaderName;
            }

            var nameEnd = i;
            i = SipLexer.SkipWsp(span, i);
            if (i >= contentEnd || span[i] != ':')
            {
                return SipError.MalformedHeaderLine;
            }

            // Look the name up on the span already in hand: ReadOnlyMemory.Span is not free, and this runs per header.
            var value = folded ? Unfold(span[(i + 1)..valueEnd]) : TrimMemory(data, span, i + 1, valueEnd);
            headers.Add(new SipHeader(HeaderNames.Lookup(span[pos..nameEnd]), data[pos..nameEnd], value));
            if (headers.Count > options.MaxHeaders)
            {
                return SipError.TooManyHeaders;
            }

            pos = next;
        }

        return span[sectionStart..pos].IndexOfAny(ForbiddenControls) >= 0 ? SipError.MalformedHeaderLine : SipError.None;
    }

    private static ReadOnlyMemory<byte> TrimMemory(ReadOnlyMemory<byte> data, ReadOnlySpan<byte> span, int start, int end)
    {
        while (start < end && SipLexer.IsWsp(span[start]))
        {
            start++;
        }

        while (end > start && SipLexer.IsWsp(span[end - 1]))
        {
            end--;
        }

        return data[start..end];
    }

    /// <summary>Joins folded lines: each line break and the whitespace around it become one SP (RFC 3261 §7.3.1).</summary>
    private static ReadOnlyMemory<byte> Unfold(ReadOnlySpan<byte> value)
    {
        var output = new byte[value.Length];
        var n = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is (byte)'\r' or (byte)'\n')
            {
                while (n > 0 && SipLexer.IsWsp(output[n - 1]))
                {
                    n--;
                }

                while (i + 1 < value.Length && (value[i + 1] is (byte)'\r' or (byte)'\n' || SipLexer.IsWsp(value[i + 1])))
                {
                    i++;
                }

                if (n > 0)
                {
                    output[n++] = (byte)' ';
                }

                continue;
            }

            output[n++] = c;
        }

        var trimmed = SipLexer.Trim(output.AsSpan(0, n));
        var offset = trimmed.IsEmpty ? 0 : output.AsSpan(0, n).IndexOf(trimmed);
        return output.AsMemory(offset, trimmed.Length);
    }
}
