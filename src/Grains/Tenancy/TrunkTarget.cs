using Voice.Sip.Transport;

namespace Voice.Grains.Tenancy;

/// <summary>Reads a trunk's outbound target: <c>[udp:|tcp:]IP:PORT</c>, UDP when no transport is named.</summary>
public static class TrunkTarget
{
    /// <summary>The target as a transport address (<c>udp:192.0.2.1:5060</c>), or null when it is not one.</summary>
    public static string? Normalize(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var text = target.Trim();
        var withTransport = text.StartsWith("udp:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("tcp:", StringComparison.OrdinalIgnoreCase)
            ? text[..4].ToLowerInvariant() + text[4..]
            : "udp:" + text;
        return SipEndPoint.TryParse(withTransport, out var endPoint) && endPoint.Protocol != SipTransportProtocol.Tls ? endPoint.ToString() : null;
    }
}
