using System.Net;
using Voice.Sip.Headers;
using Voice.Sip.Transport;

namespace Voice.Sip.Transaction;

/// <summary>Where a server transaction sends its responses (RFC 3261 §18.2.2, RFC 3581 §4).</summary>
public static class SipResponseRouting
{
    /// <summary>The port a sent-by without one implies for UDP/TCP (RFC 3261 §18.2.2, §19.1.2).</summary>
    public const int DefaultPort = 5060;

    public static SipEndPoint DestinationFor(SipInboundMessage inbound)
    {
        // RFC 3261 §18.2.2: over a reliable transport, answer on the connection the request came in on.
        if (inbound.Remote.IsReliable)
        {
            return inbound.Remote;
        }

        if (!inbound.Message.TryGetVias(out var vias, out _) || vias.Count == 0)
        {
            return inbound.Remote;
        }

        var via = vias[0];

        // RFC 3581 §4: with rport, answer to the packet's source address and port (NAT-friendly).
        if (via.HasRPort)
        {
            return inbound.Remote;
        }

        return new SipEndPoint(inbound.Remote.Protocol, new IPEndPoint(ReceivedAddress(via, inbound.Remote), via.Port ?? DefaultPort));
    }

    /// <summary>
    /// RFC 3261 §18.2.2: send to the address in "received" (which the transport sets to the packet's source
    /// when it differs from sent-by, §18.2.1), and the source address when the transport did not add it.
    /// </summary>
    private static IPAddress ReceivedAddress(ViaHeader via, SipEndPoint remote) =>
        via.Received is { } received && IPAddress.TryParse(received.Trim('[', ']'), out var address)
            ? address
            : remote.Address.Address;
}
