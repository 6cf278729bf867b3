using System.Net;
using Voice.Sip.Headers;

namespace Voice.Sip.Transport;

/// <summary>Where to send requests for a peer known by its Contact URI and the address its messages came from.</summary>
public static class SipTargets
{
    /// <summary>
    /// The Contact's own address when it names the host the messages came from (no NAT between us), over the
    /// Contact's transport — except that a connection-oriented peer is reached over the connection it opened
    /// (RFC 3261 §18.2.2). Behind NAT (the Contact names another address), or for a Contact that is a host name,
    /// the source address: the flow the peer opened is the only way back.
    /// </summary>
    public static SipEndPoint Choose(SipUri contact, SipEndPoint source)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(source);
        if (!IPAddress.TryParse(contact.HostWithoutBrackets, out var host) || !host.Equals(source.Address.Address))
        {
            return source;
        }

        var protocol = contact.Transport switch
        {
            "udp" => SipTransportProtocol.Udp,
            "tcp" => SipTransportProtocol.Tcp,
            "tls" => SipTransportProtocol.Tls,
            _ => source.Protocol,
        };
        if (protocol == source.Protocol && source.IsReliable)
        {
            return source;
        }

        var port = contact.Port ?? (protocol == SipTransportProtocol.Tls ? 5061 : 5060);
        return new SipEndPoint(protocol, new IPEndPoint(host, port));
    }
}
