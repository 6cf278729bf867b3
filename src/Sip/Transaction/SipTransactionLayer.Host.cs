using Voice.Sip.Transport;

namespace Voice.Sip.Transaction;

/// <summary>Bookkeeping and TU notifications the transactions ask of the layer.</summary>
public sealed partial class SipTransactionLayer
{
    void ISipTransactionHost.OnTerminated(SipTransaction transaction)
    {
        switch (transaction)
        {
            case SipClientTransaction client:
                _clients.TryRemove(new KeyValuePair<SipTransactionKey, SipClientTransaction>(client.Key, client));
                break;
            case SipServerTransaction server:
                _servers.TryRemove(new KeyValuePair<SipTransactionKey, SipServerTransaction>(server.Key, server));
                if (SipTransactionMatcher.TryGetMergeKey(server.Request, out var mergeKey))
                {
                    _mergeIndex.TryRemove(new KeyValuePair<SipMergeKey, SipServerTransaction>(mergeKey, server));
                }

                break;
            default:
                break;
        }
    }

    Task ISipTransactionHost.OnServerFailureAsync(SipServerTransaction transaction, SipTransactionFailure failure) =>
        NotifyTuAsync("transaction failure", tu => tu.OnTransactionFailedAsync(transaction, failure));

    Task ISipTransactionHost.OnAcceptedResponseAsync(ClientInviteTransaction transaction, SipInboundMessage response) =>
        NotifyTuAsync("2xx in Accepted", tu => tu.OnResponseAsync(response, transaction));

    Task ISipTransactionHost.OnAcceptedAckAsync(ServerInviteTransaction transaction, SipInboundMessage ack) =>
        NotifyTuAsync("ACK in Accepted", tu => tu.OnAckAsync(ack, transaction));

    /// <summary>
    /// Calls the TU. This is the boundary between the stack and application code, reached from receive loops and
    /// timer callbacks that cannot handle a TU failure, so any exception is logged here rather than escaping.
    /// </summary>
    private async Task NotifyTuAsync(string what, Func<ISipTransactionUser, Task> call)
    {
        if (TransactionUser is not { } tu)
        {
            return;
        }

        try
        {
            await call(tu).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Log.TransactionUserFailed(_logger, what, ex);
        }
    }
}
