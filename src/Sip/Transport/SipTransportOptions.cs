using System.Net;
using Voice.Sip.Parsing;

namespace Voice.Sip.Transport;

/// <summary>
/// Where the transport layer listens and the limits it applies. Defaults suit a production edge on the
/// standard port; tests bind 127.0.0.1 / ::1 with port 0. Call <see cref="Validate"/> (the layer does) before use.
/// </summary>
public sealed partial record SipTransportOptions
{
    /// <summary>RFC 3261 §18.1.1: with the path MTU unknown, a request larger than 1300 bytes goes over TCP.</summary>
    public const int DefaultMaxUdpMessageSize = 1300;

    /// <summary>UDP sockets to bind (IPv4 and/or IPv6; port 0 = ephemeral). Empty disables UDP.</summary>
    public IReadOnlyList<IPEndPoint> UdpListenEndPoints { get; init; } =
        [new IPEndPoint(IPAddress.Any, 5060), new IPEndPoint(IPAddress.IPv6Any, 5060)];

    /// <summary>TCP listeners to open (IPv4 and/or IPv6; port 0 = ephemeral). Empty disables TCP.</summary>
    public IReadOnlyList<IPEndPoint> TcpListenEndPoints { get; init; } =
        [new IPEndPoint(IPAddress.Any, 5060), new IPEndPoint(IPAddress.IPv6Any, 5060)];

    public SipParserOptions ParserOptions { get; init; } = SipParserOptions.Default;

    /// <summary>A request serialized larger than this is sent over TCP instead of UDP (RFC 3261 §18.1.1).</summary>
    public int MaxUdpMessageSize { get; init; } = DefaultMaxUdpMessageSize;

    /// <summary>A TCP connection with no traffic either way for this long is closed.</summary>
    public TimeSpan TcpIdleTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long an outbound TCP connect may take before the send fails.</summary>
    public TimeSpan TcpConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Kernel receive buffer (SO_RCVBUF) of each UDP socket, so bursts are not dropped; 0 keeps the OS default.</summary>
    public int UdpSocketReceiveBufferSize { get; init; } = 1024 * 1024;

    /// <summary>Initial read buffer of each TCP connection; it grows up to the parser's MaxMessageSize when needed.</summary>
    public int TcpReadBufferSize { get; init; } = 8 * 1024;

    /// <summary>
    /// Host name (or public IP) this node writes in Via sent-by instead of its bound address, e.g. behind NAT.
    /// Responses whose top Via names it are accepted (RFC 3261 §18.1.2).
    /// </summary>
    public string? AdvertisedHost { get; init; }

    /// <summary>
    /// RFC 3261 §18.1.2: discard responses whose top Via sent-by this layer would not have inserted.
    /// Turn off only for tests or when a front end rewrites Via.
    /// </summary>
    public bool ValidateResponseSentBy { get; init; } = true;
}
