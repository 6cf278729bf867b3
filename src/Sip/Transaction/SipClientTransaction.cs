using System.Threading.Channels;
using Voice.Sip.Message;
using Voice.Sip.Transport;

namespace Voice.Sip.Transaction;

/// <summary>
/// What a TU sees of a request it sent: provisional responses as a channel, and a task that completes with
/// the final response, or a synthesized 408/503 on timeout or transport error (RFC 3261 §8.1.3.1, §17.1.4).
/// </summary>
public abstract class SipClientTransaction : SipTransaction
{
    private readonly Channel<SipResponse> _provisional = Channel.CreateUnbounded<SipResponse>();
    private readonly TaskCompletionSource<SipClientResult> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private protected SipClientTransaction(SipTransactionKey key, SipRequest request, SipEndPoint destination, TransactionContext context)
        : base(key, request, context) => Destination = destination;

    /// <summary>Where the request (and its retransmissions, and an ACK for a non-2xx) goes.</summary>
    public SipEndPoint Destination { get; }

    /// <summary>1xx responses in arrival order; completed once the transaction has its final outcome.</summary>
    public ChannelReader<SipResponse> ProvisionalResponses => _provisional.Reader;

    /// <summary>The final outcome. For an INVITE answered 2xx, later 2xx (retransmissions, other forks) go to the TU instead.</summary>
    public Task<SipClientResult> Result => _result.Task;

    /// <summary>Sends the request for the first time and arms the timers.</summary>
    internal abstract Task StartAsync();

    /// <summary>A response matched this transaction (RFC 3261 §17.1.3).</summary>
    internal abstract Task OnResponseAsync(SipInboundMessage inbound);

    private protected void DeliverProvisional(SipResponse response) => _provisional.Writer.TryWrite(response);

    private protected void Complete(SipClientOutcome outcome, SipResponse response)
    {
        _provisional.Writer.TryComplete();
        _result.TrySetResult(new SipClientResult(outcome, response));
    }

    /// <summary>RFC 3261 §8.1.3.1: a timeout is treated as 408, a transport failure as 503.</summary>
    private protected void CompleteLocally(SipClientOutcome outcome)
    {
        var status = outcome == SipClientOutcome.Timeout ? 408 : 503;
        Complete(outcome, SipResponseFactory.Create(Request, status));
    }

    /// <summary>
    /// Terminates the transaction — if <paramref name="inState"/> accepts its current state (a timer that lost a race
    /// with a response does nothing) — and completes the TU's result with a locally synthesized response.
    /// </summary>
    private protected void TerminateLocally(SipClientOutcome outcome, Func<SipTransactionState, bool>? inState = null)
    {
        bool terminated;
        lock (Gate)
        {
            terminated = (inState is null || inState(State)) && TerminateLocked();
        }

        if (terminated)
        {
            CompleteLocally(outcome);
            AfterTerminated();
        }
    }
}
