using Voice.Sip.Transport;

namespace Voice.Sip.Transaction;

/// <summary>What a transaction needs from the layer that owns it: bookkeeping and the way up to the TU.</summary>
internal interface ISipTransactionHost
{
    /// <summary>The transaction reached Terminated and must be forgotten.</summary>
    void OnTerminated(SipTransaction transaction);

    /// <summary>A server transaction failed (timer H, transport error); the TU is told.</summary>
    Task OnServerFailureAsync(SipServerTransaction transaction, SipTransactionFailure failure);

    /// <summary>RFC 6026 §8.4: a 2xx received in Accepted goes to the TU.</summary>
    Task OnAcceptedResponseAsync(ClientInviteTransaction transaction, SipInboundMessage response);

    /// <summary>RFC 6026 §8.7: an ACK received in Accepted goes to the TU.</summary>
    Task OnAcceptedAckAsync(ServerInviteTransaction transaction, SipInboundMessage ack);
}
