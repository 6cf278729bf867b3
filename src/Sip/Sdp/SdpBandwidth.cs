namespace Voice.Sip.Sdp;

/// <summary>A <c>b=</c> line (RFC 4566 §5.8): <c>bwtype:bandwidth</c>, bandwidth in kilobits per second.</summary>
public sealed record SdpBandwidth(string Type, ulong Value)
{
    public override string ToString() => $"{Type}:{Value}";
}
