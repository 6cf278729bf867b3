using System.Globalization;

namespace Voice.Sip.Sdp;

/// <summary>
/// One media section (RFC 4566 §5.14): <c>m=media port[/count] proto fmt…</c> followed by its i=, c=, b=, k=
/// and a= lines. A port of 0 marks a rejected or disabled stream (RFC 3264 §6).
/// </summary>
public sealed partial class MediaDescription : SdpSection
{
    public MediaDescription(string media, int port, string protocol, IEnumerable<string> formats)
    {
        Media = media;
        Port = port;
        Protocol = protocol;
        Formats.AddRange(formats);
    }

    /// <summary>audio, video, text, application, message, image…</summary>
    public string Media { get; set; }

    public int Port { get; set; }

    /// <summary>The optional <c>/number of ports</c> after the port; null when absent.</summary>
    public int? PortCount { get; set; }

    /// <summary>RTP/AVP, RTP/SAVP, UDP/TLS/RTP/SAVPF, udptl…</summary>
    public string Protocol { get; set; }

    /// <summary>The fmt list: RTP payload type numbers for RTP protocols, in preference order (RFC 3264 §5.1).</summary>
    public List<string> Formats { get; } = [];

    /// <summary>
    /// Further c= lines after <see cref="SdpSection.Connection"/>: RFC 4566 §5.7 allows several at media level
    /// for layered multicast. A unicast B2BUA only uses the first.
    /// </summary>
    public List<SdpConnection> AdditionalConnections { get; } = [];

    /// <summary>True for RTP-based protocols, whose formats are payload types described by rtpmap/fmtp.</summary>
    public bool IsRtp => Protocol.StartsWith("RTP/", StringComparison.OrdinalIgnoreCase)
        || Protocol.Contains("/RTP/", StringComparison.OrdinalIgnoreCase);

    /// <summary>Gives this stream its own c= line for <paramref name="address"/>, overriding the session level.</summary>
    public void SetConnectionAddress(string address)
    {
        Connection = SdpConnection.ForAddress(address);
        AdditionalConnections.Clear();
    }

    public MediaDescription Clone()
    {
        var copy = new MediaDescription(Media, Port, Protocol, Formats) { PortCount = PortCount };
        CopySectionTo(copy);
        copy.AdditionalConnections.AddRange(AdditionalConnections);
        return copy;
    }

    /// <summary>The value of the m= line.</summary>
    public override string ToString()
    {
        var port = PortCount is { } count
            ? string.Create(CultureInfo.InvariantCulture, $"{Port}/{count}")
            : Port.ToString(CultureInfo.InvariantCulture);
        return Formats.Count == 0 ? $"{Media} {port} {Protocol}" : $"{Media} {port} {Protocol} {string.Join(' ', Formats)}";
    }
}
