namespace Voice.Sip.Transaction;

/// <summary>Why a transaction ended without a normal outcome.</summary>
public enum SipTransactionFailure
{
    /// <summary>Timer B/F (client) or timer H (server, ACK never arrived, RFC 3261 §17.2.1).</summary>
    Timeout,

    /// <summary>The transport refused to send (RFC 3261 §17.1.4, §17.2.4).</summary>
    TransportError,
}
