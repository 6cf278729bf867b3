namespace Voice.Media.Negotiation;

/// <summary>Why the bridge cannot answer an offer; a SIP front end answers each with 488 Not Acceptable Here.</summary>
public enum OfferRejectionReason
{
    /// <summary>The body is not valid SDP.</summary>
    MalformedSdp,

    /// <summary>No audio m= line with a non-zero port.</summary>
    NoAudioStream,

    /// <summary>Audio is offered only over a transport the bridge does not speak (SRTP, DTLS, not RTP).</summary>
    UnsupportedTransport,

    /// <summary>Audio is offered, but neither PCMU/8000 nor PCMA/8000.</summary>
    NoSupportedCodec,

    /// <summary>The connection address is a host name or otherwise not an IP literal the bridge can send to.</summary>
    UnsupportedAddress,
}
