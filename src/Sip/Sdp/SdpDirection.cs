namespace Voice.Sip.Sdp;

/// <summary>The media direction attributes of RFC 4566 §6 / RFC 3264 §5.1. The default is SendRecv.</summary>
public enum SdpDirection
{
    SendRecv,
    SendOnly,
    RecvOnly,
    Inactive,
}
