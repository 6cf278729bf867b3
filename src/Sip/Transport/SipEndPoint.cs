using System.Net;

namespace Voice.Sip.Transport;

/// <summary>A transport address: protocol plus IP end point (IPv4 or IPv6).</summary>
public sealed record SipEndPoint(SipTransportProtocol Protocol, IPEndPoint Address)
{
    /// <summary>Reliable transports need no retransmission (RFC 3261 §17: timers A, E, G are UDP-only).</summary>
    public bool IsReliable => Protocol != SipTransportProtocol.Udp;

    /// <summary>The transport token used in Via (RFC 3261 §20.42).</summary>
    public string ViaTransport => Protocol switch
    {
        SipTransportProtocol.Udp => "UDP",
        SipTransportProtocol.Tcp => "TCP",
        _ => "TLS",
    };

    public static SipEndPoint Udp(string address, int port) => new(SipTransportProtocol.Udp, new IPEndPoint(IPAddress.Parse(address), port));

    public static SipEndPoint Tcp(string address, int port) => new(SipTransportProtocol.Tcp, new IPEndPoint(IPAddress.Parse(address), port));

    public override string ToString() => $"{ViaTransport.ToLowerInvariant()}:{Address}";
}
