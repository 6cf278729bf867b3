namespace Voice.Sip.Transaction;

/// <summary>The union of the states of the four RFC 3261 §17 machines, with Accepted from RFC 6026 §7.</summary>
public enum SipTransactionState
{
    /// <summary>Client INVITE: request sent, no response yet.</summary>
    Calling,

    /// <summary>Non-INVITE: request sent (client) or received (server), no provisional response yet.</summary>
    Trying,

    Proceeding,
    Completed,

    /// <summary>Server INVITE: ACK for a 3xx–6xx received; absorbing ACK retransmissions until timer I.</summary>
    Confirmed,

    /// <summary>RFC 6026: INVITE answered with 2xx; the transaction lingers so 2xx retransmissions and ACKs reach the TU.</summary>
    Accepted,

    Terminated,
}
