using Voice.Sip.Headers;
using Voice.Sip.Message;

namespace Voice.Sip.Parsing;

/// <summary>
/// Via = ( "Via" / "v" ) HCOLON via-parm *(COMMA via-parm);
/// via-parm = sent-protocol LWS sent-by *( SEMI via-params ) (RFC 3261 §25.1). LWS is allowed around '/'.
/// </summary>
public static class ViaParser
{
    public static bool TryParseList(ReadOnlySpan<byte> span, List<ViaHeader> into, out SipError error) =>
        TryParseListCore(span, into, out error);

    /// <summary>
    /// Same verdict and error as <see cref="TryParseList"/> without building <see cref="ViaHeader"/>s: every
    /// received message has its Vias checked, and most hops only ever read the top one.
    /// </summary>
    public static bool ValidateList(ReadOnlySpan<byte> span, out SipError error) => TryParseListCore(span, null, out error);

    public static bool TryParseOne(ReadOnlySpan<byte> span, out ViaHeader via)
    {
        var ok = TryParseOneCore(span, build: true, out var parsed);
        via = parsed!;
        return ok;
    }

    private static bool TryParseListCore(ReadOnlySpan<byte> span, List<ViaHeader>? into, out SipError error)
    {
        error = SipError.MalformedVia;
        var splitter = new CommaSplitter(span);
        var any = false;
        while (splitter.MoveNext())
        {
            if (!TryParseOneCore(splitter.Current, into is not null, out var via))
            {
                return false;
            }

            into?.Add(via!);
            any = true;
        }

        if (splitter.Malformed || !any)
        {
            return false;
        }

        error = SipError.None;
        return true;
    }

    private static bool TryParseOneCore(ReadOnlySpan<byte> span, bool build, out ViaHeader? via)
    {
        via = null;
        var i = SipLexer.SkipWsp(span, 0);
        if (!ReadToken(span, ref i, out var name) || !Slash(span, ref i)
            || !ReadToken(span, ref i, out var version) || !Slash(span, ref i)
            || !ReadToken(span, ref i, out var transport))
        {
            return false;
        }

        var afterTransport = i;
        i = SipLexer.SkipWsp(span, i);
        if (i == afterTransport || i >= span.Length)
        {
            return false;
        }

        var sentByStart = i;
        if (span[i] == '[')
        {
            var close = span[i..].IndexOf((byte)']');
            if (close < 0)
            {
                return false;
            }

            i += close + 1;
        }

        while (i < span.Length && span[i] != ';' && !SipLexer.IsWsp(span[i]))
        {
            i++;
        }

        var sentBy = span[sentByStart..i];
        if (!SipUriParser.TryScanHostPort(sentBy, out var host, out var port))
        {
            return false;
        }

        if (!build)
        {
            return ParameterParser.Validate(span[i..], out _) && ValidParameters(span[i..]);
        }

        if (!ParameterParser.TryParse(span[i..], out var parameters, out _))
        {
            return false;
        }

        via = new ViaHeader(SipLexer.Ascii(transport), SipLexer.Ascii(sentBy[host]), port)
        {
            ProtocolName = SipLexer.Ascii(name),
            ProtocolVersion = SipLexer.Ascii(version),
        };
        foreach (var p in parameters)
        {
            via.Parameters.TryAdd(p.Name, p.Value);
        }

        return ValidParameters(via);
    }

    // RFC 3261 §25.1: ttl is 1-3 digits (0-255); branch is a token; rport is empty or a port.
    private static bool ValidParameters(ViaHeader via)
    {
        var ttl = via.Parameters.Get("ttl");
        if (via.Parameters.Contains("ttl") && (ttl is null || !long.TryParse(ttl, out var t) || t > 255 || t < 0))
        {
            return false;
        }

        if (via.Parameters.Contains("branch") && via.Branch is null)
        {
            return false;
        }

        var rport = via.Parameters.Get("rport");
        return rport is null || (int.TryParse(rport, out var rp) && rp is > 0 and <= 65535);
    }

    /// <summary>The checks of <see cref="ValidParameters(ViaHeader)"/> on parameters already known to parse.</summary>
    private static bool ValidParameters(ReadOnlySpan<byte> parameters)
    {
        var i = SipLexer.SkipWsp(parameters, 0);
        while (i < parameters.Length)
        {
            ParameterParser.TryReadNext(parameters, ref i, out var nameRange, out var valueRange, out _);
            var name = parameters[nameRange];
            var value = valueRange is { } v ? parameters[v] : [];
            var bad = System.Text.Ascii.EqualsIgnoreCase(name, "ttl"u8)
                ? valueRange is null || !long.TryParse(value, out var t) || t > 255 || t < 0
                : System.Text.Ascii.EqualsIgnoreCase(name, "branch"u8)
                    ? valueRange is null
                    : System.Text.Ascii.EqualsIgnoreCase(name, "rport"u8)
                        && valueRange is not null && !(int.TryParse(value, out var rp) && rp is > 0 and <= 65535);
            if (bad)
            {
                return false;
            }
        }

        return true;
    }

    private static bool ReadToken(ReadOnlySpan<byte> span, ref int i, out ReadOnlySpan<byte> token)
    {
        var start = i;
        while (i < span.Length && SipLexer.IsTokenChar(span[i]))
        {
            i++;
        }

        token = span[start..i];
        return i > start;
    }

    private static bool Slash(ReadOnlySpan<byte> span, ref int i)
    {
        i = SipLexer.SkipWsp(span, i);
        if (i >= span.Length || span[i] != '/')
        {
            return false;
        }

        i = SipLexer.SkipWsp(span, i + 1);
        return true;
    }
}
