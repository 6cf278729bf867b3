namespace Voice.Sip.Sdp;

/// <summary>The <c>c=</c> line (RFC 4566 §5.7): <c>nettype addrtype connection-address</c>.</summary>
public sealed record SdpConnection(string NetType, string AddrType, string Address)
{
    /// <summary>
    /// True for <c>0.0.0.0</c>: RFC 2543 put calls on hold that way, and RFC 3264 §8.4 asks answerers to
    /// keep understanding it.
    /// </summary>
    public bool IsUnspecifiedAddress => AddrType == "IP4" && Address == "0.0.0.0";

    /// <summary>An <c>IN IP4</c> or <c>IN IP6</c> connection for an address literal (IPv6 when it contains ':').</summary>
    public static SdpConnection ForAddress(string address) =>
        new("IN", address.Contains(':', StringComparison.Ordinal) ? "IP6" : "IP4", address);

    public override string ToString() => $"{NetType} {AddrType} {Address}";
}
