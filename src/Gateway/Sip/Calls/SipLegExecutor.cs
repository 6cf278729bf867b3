using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Voice.Grains.Contracts.Calls;
using Voice.Runtime;
using Voice.Sip.Transaction;
using Voice.Sip.Transport;
using Voice.Sip.UserAgent;

namespace Voice.Gateway.Sip.Calls;

/// <summary>
/// Carries out a call thread's <see cref="SipAction"/>s on this node's SIP stack: answers pending server
/// transactions (re-sending a 2xx until its ACK), sends requests on legs through client transactions and reports
/// their responses back to the call, cancels INVITEs, and remembers ACKs to answer retransmitted 2xx.
/// </summary>
public sealed partial class SipLegExecutor(
    RunningSipStack stack,
    PendingServerTransactions pending,
    IGrainFactory grains,
    TimeProvider time,
    ILogger<SipLegExecutor>? logger = null) : IDisposable
{
    private readonly ConcurrentDictionary<(string Call, string Leg), ClientInviteTransaction> _invites = new();
    private readonly ConcurrentDictionary<(string Call, string Leg), bool> _cancelWanted = new();
    private readonly ConcurrentDictionary<(string CallId, long CSeq), SentAck> _acks = new();
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;
    private InviteSuccessRetransmitter? _retransmitter;

    /// <summary>Re-sends our 2xx responses to INVITEs until they are acknowledged (created with the running stack).</summary>
    public InviteSuccessRetransmitter Retransmitter => _retransmitter ??= new InviteSuccessRetransmitter(Transport, stack.Options.Transactions, time);

    private SipTransportLayer Transport => stack.Transport;

    private SipTransactionLayer Transactions => stack.Transactions;

    public async Task ExecuteAsync(SipAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            switch (action)
            {
                case RespondAction respond:
                    await RespondAsync(respond).ConfigureAwait(false);
                    break;
                case SendRequestAction send when send.Method == "ACK":
                    await SendAckAsync(send).ConfigureAwait(false);
                    break;
                case SendRequestAction send:
                    await SendRequestAsync(send).ConfigureAwait(false);
                    break;
                case CancelAction cancel:
                    await CancelAsync(cancel).ConfigureAwait(false);
                    break;
                default:
                    break;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One failed action (e.g. an unreachable peer) must not stop the others the call decided on.
            Log.ActionFailed(_logger, action.GetType().Name, ex);
        }
    }

    /// <summary>RFC 3261 §13.2.2.4: a retransmitted 2xx means our ACK was lost — send it again.</summary>
    public async Task<bool> ResendAckAsync(string callId, long cseq)
    {
        if (!_acks.TryGetValue((callId, cseq), out var sent))
        {
            return false;
        }

        await Transport.SendAsync(sent.Ack, sent.Destination).ConfigureAwait(false);
        return true;
    }

    public void Dispose() => _retransmitter?.Dispose();
}
