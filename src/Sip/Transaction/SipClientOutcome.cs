namespace Voice.Sip.Transaction;

/// <summary>How a client transaction ended, as seen by the TU.</summary>
public enum SipClientOutcome
{
    /// <summary>A final response arrived from the network.</summary>
    Response,

    /// <summary>Timer B or F fired; the response is a locally synthesized 408 (RFC 3261 §8.1.3.1).</summary>
    Timeout,

    /// <summary>The transport failed; the response is a locally synthesized 503 (RFC 3261 §8.1.3.1).</summary>
    TransportError,
}
