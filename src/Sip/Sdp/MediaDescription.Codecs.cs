using System.Globalization;

namespace Voice.Sip.Sdp;

/// <summary>Codec views of an RTP media section: payload types from the m= line joined with rtpmap/fmtp.</summary>
public sealed partial class MediaDescription
{
    // Attributes whose value starts with the payload type they describe (RFC 4566 §6, RFC 4585 §4.2).
    private static readonly string[] PayloadTypeAttributes = ["rtpmap", "fmtp", "rtcp-fb"];

    /// <summary>
    /// The codecs in m= line (preference) order. A payload type with neither rtpmap nor a static RFC 3551
    /// assignment is skipped: nothing can be said about it.
    /// </summary>
    public IReadOnlyList<SdpCodec> GetCodecs()
    {
        var codecs = new List<SdpCodec>(Formats.Count);
        foreach (var format in Formats)
        {
            if (TryGetCodec(format, out var codec))
            {
                codecs.Add(codec);
            }
        }

        return codecs;
    }

    /// <summary>The first codec matching <c>NAME</c>, <c>NAME/rate</c> or <c>NAME/rate/channels</c>, e.g. <c>telephone-event</c>.</summary>
    public SdpCodec? FindCodec(string encoding)
    {
        foreach (var codec in GetCodecs())
        {
            if (codec.Matches(encoding))
            {
                return codec;
            }
        }

        return null;
    }

    /// <summary>
    /// Keeps only the given payload types (in their current order) and drops the rtpmap/fmtp/rtcp-fb lines
    /// of the others. Returns how many formats were removed.
    /// </summary>
    public int RetainPayloadTypes(IEnumerable<int> payloadTypes)
    {
        var keep = new HashSet<string>(payloadTypes.Select(p => p.ToString(CultureInfo.InvariantCulture)), StringComparer.Ordinal);
        var removed = Formats.RemoveAll(f => !keep.Contains(f));
        Attributes.RemoveAll(a => Array.IndexOf(PayloadTypeAttributes, a.Name) >= 0
            && a.Value is { } v && LeadingToken(v) is var pt && pt != "*" && !keep.Contains(pt));
        return removed;
    }

    /// <summary>Keeps only the codecs matching one of <paramref name="encodings"/> (e.g. "PCMU/8000", "telephone-event").</summary>
    public int RetainCodecs(params string[] encodings) =>
        RetainPayloadTypes(GetCodecs().Where(c => encodings.Any(c.Matches)).Select(c => c.PayloadType));

    private bool TryGetCodec(string format, out SdpCodec codec)
    {
        codec = null!;
        if (!int.TryParse(format, NumberStyles.None, CultureInfo.InvariantCulture, out var pt))
        {
            return false;
        }

        string? name = null;
        var clockRate = 0;
        int? channels = null;
        string? parameters = null;
        foreach (var a in Attributes)
        {
            if (a.Value is not { } value || LeadingToken(value) != format)
            {
                continue;
            }

            var rest = value[(format.Length)..].Trim();
            if (a.Name == "rtpmap" && name is null && TryParseRtpMap(rest, out var n, out var rate, out var ch))
            {
                (name, clockRate, channels) = (n, rate, ch);
            }
            else if (a.Name == "fmtp" && parameters is null)
            {
                parameters = rest;
            }
        }

        if (name is null && !SdpStaticPayloadTypes.TryGet(pt, out name, out clockRate, out channels))
        {
            return false;
        }

        codec = new SdpCodec(pt, name, clockRate, channels, parameters);
        return true;
    }

    // RFC 4566 §6: a=rtpmap:<payload type> <encoding name>/<clock rate>[/<encoding parameters>]
    private static bool TryParseRtpMap(string encoding, out string name, out int clockRate, out int? channels)
    {
        var parts = encoding.Split('/');
        name = parts[0];
        clockRate = 0;
        channels = null;
        if (parts.Length is < 2 or > 3 || name.Length == 0
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out clockRate))
        {
            return false;
        }

        if (parts.Length == 3)
        {
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var c))
            {
                return false;
            }

            channels = c;
        }

        return true;
    }

    private static string LeadingToken(string value)
    {
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? value : value[..space];
    }
}
