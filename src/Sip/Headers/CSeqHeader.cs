using Voice.Sip.Message;

namespace Voice.Sip.Headers;

/// <summary>CSeq = 1*DIGIT LWS Method (RFC 3261 §20.16). The number is below 2^31.</summary>
public readonly record struct CSeqHeader(long Number, SipMethod Method)
{
    public override string ToString() => $"{Number} {Method}";
}
