using Voice.Sip.Message;

namespace Voice.Sip.Transport;

/// <summary>Where transports hand what they receive; implemented by <see cref="SipTransportLayer"/>.</summary>
internal interface ISipPacketSink
{
    /// <summary>A whole datagram, or one Content-Length framed message from a stream.</summary>
    ValueTask OnPacketAsync(SipPacket packet);

    /// <summary>
    /// A stream that cannot be framed (RFC 3261 §18.3: no Content-Length, or too large). <paramref name="headerSection"/>
    /// holds the header section when one was found, so a response can still be formed; the connection closes afterwards.
    /// </summary>
    ValueTask OnStreamFramingErrorAsync(SipPacket headerSection, SipError error);

    /// <summary>An RFC 5626 §3.5.1 double-CRLF ping was answered.</summary>
    void OnKeepAlivePing();
}
