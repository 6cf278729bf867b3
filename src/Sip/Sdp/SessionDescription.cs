namespace Voice.Sip.Sdp;

/// <summary>
/// A parsed SDP session description (RFC 4566 §5): session-level fields and lines, then media sections.
/// Every line is kept (unknown ones verbatim) so that <see cref="ToBytes"/> reproduces a well-ordered
/// input byte for byte, CRLF line ends included. Parse with <see cref="TryParse(ReadOnlySpan{byte}, out SessionDescription, out Message.SipError, out string?)"/>.
/// </summary>
public sealed partial class SessionDescription : SdpSection
{
    public SessionDescription(SdpOrigin origin, string sessionName = "-")
    {
        Origin = origin;
        SessionName = sessionName;
    }

    public SdpOrigin Origin { get; set; }

    /// <summary>The <c>s=</c> line; "-" when the session has no name (RFC 3264 §5).</summary>
    public string SessionName { get; set; }

    /// <summary>The <c>u=</c> line, kept as is.</summary>
    public string? Uri { get; set; }

    /// <summary>The <c>e=</c> lines, kept as is.</summary>
    public List<string> Emails { get; } = [];

    /// <summary>The <c>p=</c> lines, kept as is.</summary>
    public List<string> Phones { get; } = [];

    /// <summary>The <c>t=</c> lines, each with its <c>r=</c> lines; at least one is required (RFC 4566 §5.9).</summary>
    public List<SdpTiming> Timings { get; } = [];

    /// <summary>The <c>z=</c> line, kept as is.</summary>
    public string? TimeZones { get; set; }

    public List<MediaDescription> Media { get; } = [];

    /// <summary>A deep copy, to derive a new offer without touching the one already sent.</summary>
    public SessionDescription Clone()
    {
        var copy = new SessionDescription(Origin.Clone(), SessionName) { Uri = Uri, TimeZones = TimeZones };
        CopySectionTo(copy);
        copy.Emails.AddRange(Emails);
        copy.Phones.AddRange(Phones);
        copy.Timings.AddRange(Timings.Select(t => t.Clone()));
        copy.Media.AddRange(Media.Select(m => m.Clone()));
        return copy;
    }

    /// <summary>The first media section of the given type (e.g. "audio"), or null.</summary>
    public MediaDescription? FindMedia(string media) =>
        Media.Find(m => string.Equals(m.Media, media, StringComparison.OrdinalIgnoreCase));

    /// <summary>Serializes with CRLF line ends (RFC 4566 §5).</summary>
    public byte[] ToBytes() => SdpWriter.ToBytes(this);

    public override string ToString() => SdpWriter.ToText(this);
}
