using Voice.Sip.Transport;

namespace Voice.Sip.Transaction;

/// <summary>
/// The transaction user (UA core, dialog layer, proxy core) as seen from the transaction layer (RFC 3261 §17).
/// Callbacks may send responses or requests through the layer; no lock is held while they run.
/// </summary>
public interface ISipTransactionUser
{
    /// <summary>A new request (not ACK, not CANCEL) created <paramref name="transaction"/>; answer through it.</summary>
    Task OnRequestAsync(SipServerTransaction transaction);

    /// <summary>
    /// An ACK that matched no transaction (the ACK for a 2xx is its own transaction, RFC 3261 §17.1.1.3), with
    /// <paramref name="transaction"/> null, or one received by an INVITE server transaction in Accepted (RFC 6026 §8.7).
    /// </summary>
    Task OnAckAsync(SipInboundMessage ack, ServerInviteTransaction? transaction);

    /// <summary>
    /// RFC 3261 §9.2: a CANCEL matched <paramref name="invite"/>, which had not sent a final response yet. The layer
    /// already answered the CANCEL with 200; the TU should answer the INVITE with 487 (Request Terminated).
    /// </summary>
    Task OnCancelAsync(ServerInviteTransaction invite, SipServerTransaction cancel);

    /// <summary>
    /// A response that matched no client transaction (<paramref name="transaction"/> null; e.g. a 2xx retransmission
    /// after timer M), or a 2xx received by an INVITE client transaction in Accepted (RFC 6026 §8.4: retransmissions
    /// and 2xx from other forks).
    /// </summary>
    Task OnResponseAsync(SipInboundMessage response, ClientInviteTransaction? transaction);

    /// <summary>A server transaction failed: timer H fired (no ACK) or the transport could not send (RFC 3261 §17.2.4).</summary>
    Task OnTransactionFailedAsync(SipServerTransaction transaction, SipTransactionFailure failure);
}
