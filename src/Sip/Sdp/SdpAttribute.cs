namespace Voice.Sip.Sdp;

/// <summary>
/// One <c>a=</c> line (RFC 4566 §5.13): a property attribute (<c>a=sendrecv</c>, <see cref="Value"/> null)
/// or a value attribute (<c>a=rtpmap:0 PCMU/8000</c>). Names compare case-sensitively as RFC 4566 registers them.
/// </summary>
public sealed record SdpAttribute(string Name, string? Value = null)
{
    public override string ToString() => Value is null ? Name : $"{Name}:{Value}";
}
