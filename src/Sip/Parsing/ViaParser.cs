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
            return ValidateParameters(span[i..]);
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

    /// <summary>
    /// The validate path: <see cref="ParameterParser"/>'s grammar and duplicate rule plus the checks of
    /// <see cref="ValidParameters(ViaHeader)"/>, in one walk and without allocating.
    /// </summary>
    private static bool ValidateParameters(ReadOnlySpan<byte> parameters)
    {
        Span<Range> names = stackalloc Range[8];
        var count = 0;
        var i = SipLexer.SkipWsp(parameters, 0);
        while (i < parameters.Length)
        {
            if (!ParameterParser.TryReadNext(parameters, ref i, out var nameRange, out var valueRange, out _))
            {
                return false;
            }

            if (count == names.Length)
            {
                // Rare long lists: the general duplicate check, then the Via checks in a second walk.
                return ParameterParser.Validate(parameters, out _) && AllParametersValid(parameters);
            }

            var name = parameters[nameRange];
            if (ParameterParser.ContainsName(parameters, names[..count], name)
                || !IsValidViaParameter(name, valueRange is { } v ? parameters[v] : [], valueRange is not null))
            {
                return false;
            }

            names[count++] = nameRange;
        }

        return true;
    }

    private static bool AllParametersValid(ReadOnlySpan<byte> parameters)
    {
        var i = SipLexer.SkipWsp(parameters, 0);
        while (i < parameters.Length)
        {
            ParameterParser.TryReadNext(parameters, ref i, out var nameRange, out var valueRange, out _);
            if (!IsValidViaParameter(parameters[nameRange], valueRange is { } v ? parameters[v] : [], valueRange is not null))
            {
                return false;
            }
        }

        return true;
    }

    // The span form of ValidParameters(ViaHeader): ttl 0-255, branch with a value, rport empty or 1-65535.
    private static bool IsValidViaParameter(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value, bool hasValue)
    {
        if (System.Text.Ascii.EqualsIgnoreCase(name, "ttl"u8))
        {
            return hasValue && long.TryParse(value, out var t) && t is >= 0 and <= 255;
        }

        if (System.Text.Ascii.EqualsIgnoreCase(name, "branch"u8))
        {
            return hasValue;
        }

        return !hasValue || !System.Text.Ascii.EqualsIgnoreCase(name, "rport"u8) || (int.TryParse(value, out var rp) && rp is > 0 and <= 65535);
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
