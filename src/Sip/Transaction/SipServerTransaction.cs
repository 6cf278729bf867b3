using Voice.Sip.Message;
using Voice.Sip.Transport;

namespace Voice.Sip.Transaction;

/// <summary>
/// What a TU sees of a request it received: the request, where responses go, and
/// <see cref="SendResponseAsync"/>, which the state machine turns into transmissions and retransmissions.
/// </summary>
public abstract class SipServerTransaction : SipTransaction
{
    private protected SipServerTransaction(SipTransactionKey key, SipInboundMessage inbound, TransactionContext context)
        : base(key, (SipRequest)inbound.Message, context)
    {
        Inbound = inbound;
        ResponseDestination = SipResponseRouting.DestinationFor(inbound);
    }

    /// <summary>The request as received, with its source and local end points.</summary>
    public SipInboundMessage Inbound { get; }

    /// <summary>Where every response of this transaction is sent (RFC 3261 §18.2.2, RFC 3581 §4).</summary>
    public SipEndPoint ResponseDestination { get; }

    /// <summary>The most recent response the TU passed down; resent when the request is retransmitted.</summary>
    public SipResponse? LastResponse { get; private protected set; }

    /// <summary>Passes a response from the TU to the transaction; ignored when the state does not allow it.</summary>
    public abstract Task SendResponseAsync(SipResponse response);

    /// <summary>Builds a response to <see cref="SipTransaction.Request"/> per RFC 3261 §8.2.6.</summary>
    public SipResponse CreateResponse(int statusCode, string? reasonPhrase = null, string? toTag = null) =>
        SipResponseFactory.Create(Request, statusCode, reasonPhrase, toTag);

    /// <summary>A retransmission of the request that created the transaction arrived (RFC 3261 §17.2.1 / §17.2.2).</summary>
    internal abstract Task OnRequestRetransmissionAsync();

    /// <summary>Sends a response; on a transport error terminates (unless Accepted) and informs the TU (RFC 3261 §17.2.4).</summary>
    private protected async Task SendOrFailAsync(SipResponse response)
    {
        if (await TrySendAsync(response, ResponseDestination).ConfigureAwait(false))
        {
            return;
        }

        bool terminated;
        lock (Gate)
        {
            // RFC 6026 §7.1 figure 5: a transport error in Accepted informs the TU without leaving Accepted,
            // because the TU keeps retransmitting its 2xx and may still succeed.
            terminated = State != SipTransactionState.Accepted && TerminateLocked();
        }

        await Context.Host.OnServerFailureAsync(this, SipTransactionFailure.TransportError).ConfigureAwait(false);
        if (terminated)
        {
            AfterTerminated();
        }
    }

    /// <summary>Resends the last response, if any (request retransmission absorbed).</summary>
    private protected Task ResendLastAsync(SipResponse? last) => last is null ? Task.CompletedTask : SendOrFailAsync(last);
}
