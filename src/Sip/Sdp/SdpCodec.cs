namespace Voice.Sip.Sdp;

/// <summary>
/// One payload type of an RTP m= line with what its <c>a=rtpmap</c> (or the RFC 3551 static table) and
/// <c>a=fmtp</c> say about it, e.g. <c>101 telephone-event/8000</c> with fmtp <c>0-16</c>.
/// </summary>
public sealed record SdpCodec(int PayloadType, string EncodingName, int ClockRate, int? Channels, string? Parameters)
{
    /// <summary>The rtpmap encoding as written in lookups: <c>PCMU/8000</c>, <c>opus/48000/2</c>.</summary>
    public string Encoding => Channels is { } c ? $"{EncodingName}/{ClockRate}/{c}" : $"{EncodingName}/{ClockRate}";

    /// <summary>
    /// Matches <c>NAME</c>, <c>NAME/rate</c> or <c>NAME/rate/channels</c>; encoding names are case-insensitive
    /// (RFC 4855 §3).
    /// </summary>
    public bool Matches(string encoding)
    {
        var parts = encoding.Split('/');
        if (!string.Equals(parts[0], EncodingName, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (parts.Length > 1 && parts[1] != ClockRate.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            return false;
        }

        return parts.Length < 3 || parts[2] == (Channels ?? 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public override string ToString() => $"{PayloadType} {Encoding}";
}
