using System.Net;
using Voice.Sip.Message;

namespace Voice.Sip.Transport;

public sealed partial class SipTransportLayer
{
    private const int DefaultSipPort = 5060;
    private const int DefaultSipsPort = 5061;

    /// <summary>
    /// RFC 3261 §18.1.2: the top Via sent-by of a response must be one this layer would insert: the advertised
    /// host or a bound address (any host when bound to a wildcard), with one of our bound ports.
    /// </summary>
    private bool IsOurSentBy(SipResponse response, out string sentBy)
    {
        sentBy = string.Empty;
        if (!_options.ValidateResponseSentBy)
        {
            return true;
        }

        if (!response.TryGetVias(out var vias, out _))
        {
            return false;
        }

        var top = vias[0];
        sentBy = top.SentBy;
        var port = top.Port ?? (top.Transport == "TLS" ? DefaultSipsPort : DefaultSipPort);
        var hostMatches = string.Equals(top.Host, _options.AdvertisedHost, StringComparison.OrdinalIgnoreCase);
        var portMatches = false;
        foreach (var local in _localEndPoints)
        {
            var address = local.Address.Address;
            hostMatches |= address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || ViaStamping.SentByHostIs(top.Host, address);
            portMatches |= local.Address.Port == port;
        }

        return hostMatches && portMatches;
    }
}
