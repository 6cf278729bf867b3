using System.Buffers;

namespace Voice.Sip.Parsing;

/// <summary>host and hostport (RFC 3261 §25.1), shared by URIs and Via sent-by.</summary>
public static partial class SipUriParser
{
    // hostname = alphanum / "-" / "." (plus "_", seen in the wild); IPv4 literals are a subset.
    private static readonly SearchValues<byte> HostnameChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._"u8);

    /// <summary>hostport = host [ ":" port ]; host = hostname / IPv4address / IPv6reference.</summary>
    public static bool TryParseHostPort(ReadOnlySpan<byte> span, out string host, out int? port)
    {
        var ok = TryScanHostPort(span, out var hostRange, out port);
        host = ok ? SipLexer.Ascii(span[hostRange]) : string.Empty;
        return ok;
    }

    /// <summary><see cref="TryParseHostPort"/> without decoding the host: <paramref name="host"/> is its range in <paramref name="span"/>.</summary>
    internal static bool TryScanHostPort(ReadOnlySpan<byte> span, out Range host, out int? port)
    {
        host = default;
        port = null;
        if (span.IsEmpty)
        {
            return false;
        }

        ReadOnlySpan<byte> portSpan = [];
        var hasPort = false;
        if (span[0] == '[')
        {
            var close = span.IndexOf((byte)']');
            if (close < 3 || !IsIPv6(span[1..close]))
            {
                return false;
            }

            host = ..(close + 1);
            var after = span[(close + 1)..];
            if (!after.IsEmpty)
            {
                if (after[0] != ':')
                {
                    return false;
                }

                hasPort = true;
                portSpan = after[1..];
            }
        }
        else
        {
            var colon = span.IndexOf((byte)':');
            host = colon < 0 ? .. : ..colon;
            if (colon >= 0)
            {
                hasPort = true;
                portSpan = span[(colon + 1)..];
            }

            if (!IsHostname(span[host]))
            {
                return false;
            }
        }

        if (hasPort)
        {
            if (!SipLexer.TryParseUInt(portSpan, 65535, out var p))
            {
                return false;
            }

            port = (int)p;
        }

        return true;
    }

    private static bool IsHostname(ReadOnlySpan<byte> span)
    {
        if (span.IsEmpty || span[0] == '.' || span[0] == '-')
        {
            return false;
        }

        return span.IndexOfAnyExcept(HostnameChars) < 0;
    }

    private static bool IsIPv6(ReadOnlySpan<byte> span)
    {
        var colons = 0;
        foreach (var c in span)
        {
            if (c == ':')
            {
                colons++;
            }
            else if (!SipLexer.IsHex(c) && c != '.')
            {
                return false;
            }
        }

        return colons >= 2 && colons <= 7;
    }
}
