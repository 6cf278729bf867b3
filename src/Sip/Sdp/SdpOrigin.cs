using System.Globalization;

namespace Voice.Sip.Sdp;

/// <summary>
/// The <c>o=</c> line (RFC 4566 §5.2): <c>username sess-id sess-version nettype addrtype unicast-address</c>.
/// RFC 3264 §8: every new offer within a session carries a <see cref="SessionVersion"/> one higher.
/// </summary>
public sealed class SdpOrigin
{
    public SdpOrigin(string username, string sessionId, ulong sessionVersion, string netType, string addrType, string address)
    {
        Username = username;
        SessionId = sessionId;
        SessionVersion = sessionVersion;
        NetType = netType;
        AddrType = addrType;
        Address = address;
    }

    public string Username { get; set; }

    /// <summary>Kept as text: RFC 4566 only asks for digits, and values beyond 64 bits are seen in the wild.</summary>
    public string SessionId { get; set; }

    public ulong SessionVersion { get; set; }

    public string NetType { get; set; }

    public string AddrType { get; set; }

    public string Address { get; set; }

    public SdpOrigin Clone() => new(Username, SessionId, SessionVersion, NetType, AddrType, Address);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Username} {SessionId} {SessionVersion} {NetType} {AddrType} {Address}");
}
