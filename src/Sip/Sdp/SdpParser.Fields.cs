using System.Globalization;

namespace Voice.Sip.Sdp;

/// <summary>Field grammars of the individual line types (RFC 4566 §5.1-§5.14).</summary>
internal sealed partial class SdpParser
{
    private bool _versionSeen;
    private bool _uriSeen;
    private bool _zoneSeen;

    private string? AcceptVersion(string value)
    {
        if (_versionSeen)
        {
            return "duplicate v= line";
        }

        _versionSeen = true;
        return value == "0" ? null : $"unsupported SDP version '{Shorten(value)}' (only v=0 exists)";
    }

    // RFC 4566 §5.2: o=<username> <sess-id> <sess-version> <nettype> <addrtype> <unicast-address>
    private string? AcceptOrigin(string value)
    {
        if (_seenOrigin)
        {
            return "duplicate o= line";
        }

        var f = Fields(value);
        if (f.Length != 6)
        {
            return $"o= needs 6 fields, found {f.Length}";
        }

        if (!IsDigits(f[1]) || !ulong.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return "o= sess-id and sess-version must be numbers";
        }

        _description.Origin = new SdpOrigin(f[0], f[1], version, f[3], f[4], f[5]);
        _seenOrigin = true;
        return null;
    }

    private string? AcceptName(string value)
    {
        if (_seenName)
        {
            return "duplicate s= line";
        }

        _seenName = true;
        _description.SessionName = value;
        return null;
    }

    private string? AcceptInformation(string value)
    {
        if (Section.Information is not null)
        {
            return "duplicate i= line";
        }

        Section.Information = value;
        return null;
    }

    // RFC 4566 §5.7: c=<nettype> <addrtype> <connection-address>. A media section may repeat c= (multicast
    // layers); the first is the stream's connection, the others are kept in order.
    private string? AcceptConnection(string value)
    {
        var f = Fields(value);
        if (f.Length != 3)
        {
            return $"c= needs 3 fields, found {f.Length}";
        }

        if (Section.Connection is not null)
        {
            if (_media is null)
            {
                return "duplicate session-level c= line";
            }

            _media.AdditionalConnections.Add(new SdpConnection(f[0], f[1], f[2]));
            return null;
        }

        Section.Connection = new SdpConnection(f[0], f[1], f[2]);
        return null;
    }

    // RFC 4566 §5.8: b=<bwtype>:<bandwidth>
    private string? AcceptBandwidth(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !ulong.TryParse(value.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var kbps))
        {
            return $"b= must be <bwtype>:<bandwidth>, found '{Shorten(value)}'";
        }

        Section.Bandwidths.Add(new SdpBandwidth(value[..colon], kbps));
        return null;
    }

    // RFC 4566 §5.9: t=<start-time> <stop-time>, decimal NTP seconds.
    private string? AcceptTiming(string value)
    {
        var f = Fields(value);
        if (f.Length != 2 || !IsDigits(f[0]) || !IsDigits(f[1]))
        {
            return $"t= must be <start-time> <stop-time>, found '{Shorten(value)}'";
        }

        _description.Timings.Add(new SdpTiming(f[0], f[1]));
        return null;
    }

    // RFC 4566 §5.10: r= lines belong to the t= line just before them.
    private string? AcceptRepeat(string value)
    {
        if (_previousType is not ('t' or 'r'))
        {
            return "r= must follow a t= line";
        }

        _description.Timings[^1].Repeats.Add(value);
        return null;
    }

    private string? AcceptKey(string value)
    {
        if (Section.EncryptionKey is not null)
        {
            return "duplicate k= line";
        }

        Section.EncryptionKey = value;
        return null;
    }

    // RFC 4566 §5.13: a=<attribute> or a=<attribute>:<value>
    private string? AcceptAttribute(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? value : value[..colon];
        if (name.Length == 0 || name.Contains(' ', StringComparison.Ordinal))
        {
            return $"a= has no valid attribute name in '{Shorten(value)}'";
        }

        Section.Attributes.Add(new SdpAttribute(name, colon < 0 ? null : value[(colon + 1)..]));
        return null;
    }

    // RFC 4566 §5.14: m=<media> <port>[/<number of ports>] <proto> <fmt> ...
    private string? AcceptMedia(string value)
    {
        var f = Fields(value);
        if (f.Length < 4)
        {
            return $"m= needs <media> <port> <proto> <fmt>..., found '{Shorten(value)}'";
        }

        var slash = f[1].IndexOf('/', StringComparison.Ordinal);
        var portText = slash < 0 ? f[1] : f[1][..slash];
        if (!TryParseNumber(portText, 65535, out var port))
        {
            return $"m= port '{Shorten(portText)}' is not 0-65535";
        }

        int? count = null;
        if (slash >= 0)
        {
            if (!TryParseNumber(f[1][(slash + 1)..], 65535, out var n) || n == 0)
            {
                return $"m= port count in '{Shorten(f[1])}' is not a positive number";
            }

            count = n;
        }

        _media = new MediaDescription(f[0], port, f[2], f[3..]) { PortCount = count };
        _description.Media.Add(_media);
        return null;
    }

    private string? SetOnce(ref bool seen, char type, Action set)
    {
        if (seen)
        {
            return $"duplicate {type}= line";
        }

        seen = true;
        set();
        return null;
    }

    private static string[] Fields(string value) => value.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsDigits(string text) => text.Length > 0 && text.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;

    private static bool TryParseNumber(string text, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value <= max && IsDigits(text);
}
