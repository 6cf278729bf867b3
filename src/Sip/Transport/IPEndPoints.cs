using System.Net;

namespace Voice.Sip.Transport;

internal static class IPEndPoints
{
    /// <summary>
    /// IPv4-mapped IPv6 addresses (::ffff:a.b.c.d) become plain IPv4, so one peer has one key in the
    /// connection pool and one spelling in received= whichever socket saw it.
    /// </summary>
    public static IPEndPoint Normalize(IPEndPoint endPoint) =>
        endPoint.Address.IsIPv4MappedToIPv6 ? new IPEndPoint(endPoint.Address.MapToIPv4(), endPoint.Port) : endPoint;

    /// <summary>An address as written in a Via received parameter: IPv6 without brackets or zone (RFC 3261 §20.42).</summary>
    public static string ToReceivedValue(IPAddress address)
    {
        var text = address.ToString();
        var zone = text.IndexOf('%', StringComparison.Ordinal);
        return zone < 0 ? text : text[..zone];
    }
}
