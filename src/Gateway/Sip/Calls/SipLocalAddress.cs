using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Voice.Sip.Transport;

namespace Voice.Gateway.Sip.Calls;

/// <summary>
/// The host:port this node writes in Via sent-by and Contact for a message to <paramref name="destination"/>: the
/// advertised host when configured (NAT, Kubernetes), the bound address otherwise, and — bound to a wildcard — the
/// loopback address towards a loopback peer or this machine's first routable address towards anyone else.
/// </summary>
public static class SipLocalAddress
{
    public static string For(SipTransportLayer transport, SipEndPoint destination)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(destination);
        var family = destination.Address.AddressFamily;
        var local = transport.GetLocalEndPoint(destination.Protocol, family)
            ?? transport.GetLocalEndPoint(destination.Protocol, AddressFamily.InterNetwork)
            ?? throw new InvalidOperationException($"no {destination.Protocol} transport is listening");
        var port = local.Address.Port;
        if (transport.AdvertisedHost is { Length: > 0 } advertised)
        {
            return $"{advertised}:{port}";
        }

        var address = local.Address.Address;
        if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            address = IPAddress.IsLoopback(destination.Address.Address) ? (family == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Loopback : IPAddress.Loopback) : FirstRoutable(family);
        }

        return new IPEndPoint(address, port).ToString();
    }

    private static IPAddress FirstRoutable(AddressFamily family) =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == family && !a.IsIPv6LinkLocal)
        ?? (family == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Loopback : IPAddress.Loopback);
}
