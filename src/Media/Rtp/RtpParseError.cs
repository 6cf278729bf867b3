namespace Voice.Media.Rtp;

/// <summary>Why a datagram is not a valid RTP packet (checks of RFC 3550 §5.1 and Appendix A.1).</summary>
public enum RtpParseError
{
    None,

    /// <summary>Shorter than the 12-byte fixed header.</summary>
    TooShort,

    /// <summary>The version field is not 2.</summary>
    UnsupportedVersion,

    /// <summary>The CSRC count says more identifiers than the datagram holds.</summary>
    CsrcListTruncated,

    /// <summary>The X bit is set but the extension header or its data run past the end.</summary>
    ExtensionTruncated,

    /// <summary>The P bit is set but the padding count is zero or larger than what follows the header.</summary>
    InvalidPadding,

    /// <summary>
    /// Payload type 72-76: RTCP SR/RR/SDES/BYE/APP read as RTP (RFC 5761 §4); Appendix A.1 says a packet
    /// with an SR or RR type is not RTP.
    /// </summary>
    RtcpPayloadType,
}
