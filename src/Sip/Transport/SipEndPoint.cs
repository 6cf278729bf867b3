using System.Diagnostics.CodeAnalysis;
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

    /// <summary>Reads the <see cref="ToString"/> form back: <c>udp:192.0.2.1:5060</c>, <c>tcp:[2001:db8::1]:5060</c>.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out SipEndPoint? endPoint)
    {
        endPoint = null;
        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon <= 0 || !IPEndPoint.TryParse(text!.AsSpan(colon + 1), out var address) || address.Port == 0)
        {
            return false;
        }

        SipTransportProtocol? protocol = text.AsSpan(0, colon) switch
        {
            "udp" => SipTransportProtocol.Udp,
            "tcp" => SipTransportProtocol.Tcp,
            "tls" => SipTransportProtocol.Tls,
            _ => null,
        };
        endPoint = protocol is { } p ? new SipEndPoint(p, address) : null;
        return endPoint is not null;
    }
}
