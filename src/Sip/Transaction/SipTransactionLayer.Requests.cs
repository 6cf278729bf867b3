using Voice.Sip.Message;
using Voice.Sip.Transport;

namespace Voice.Sip.Transaction;

/// <summary>Inbound request routing: retransmissions, ACK, CANCEL, merged requests, new server transactions.</summary>
public sealed partial class SipTransactionLayer
{
    private async Task HandleRequestAsync(SipInboundMessage inbound, SipRequest request)
    {
        if (!SipTransactionMatcher.TryGetServerKey(request, out var key))
        {
            Log.Unmatchable(_logger, request.Method.Name, inbound.Remote);
            return;
        }

        if (request.Method == SipMethod.Ack)
        {
            await HandleAckAsync(inbound, request, key).ConfigureAwait(false);
            return;
        }

        if (_servers.TryGetValue(key, out var existing))
        {
            // RFC 3261 §17.2.1 / §17.2.2: a retransmission never reaches the TU.
            Log.RetransmissionAbsorbed(_logger, key);
            await existing.OnRequestRetransmissionAsync().ConfigureAwait(false);
            return;
        }

        if (TransactionUser is null)
        {
            Log.NoTransactionUser(_logger, request.Method.Name, inbound.Remote);
            return;
        }

        if (request.Method == SipMethod.Cancel)
        {
            await HandleCancelAsync(inbound, request, key).ConfigureAwait(false);
            return;
        }

        if (IsMergedRequest(request, key))
        {
            Log.MergedRequest(_logger, key, inbound.Remote);
            await RejectAsync(inbound, key, 482).ConfigureAwait(false);
            return;
        }

        if (!TryCreateServerTransaction(inbound, key, out var transaction))
        {
            return;
        }

        if (SipTransactionMatcher.TryGetMergeKey(request, out var mergeKey))
        {
            _mergeIndex.TryAdd(mergeKey, transaction);
        }

        (transaction as ServerInviteTransaction)?.Start();
        await NotifyTuAsync("new request", tu => tu.OnRequestAsync(transaction)).ConfigureAwait(false);
    }

    private async Task HandleAckAsync(SipInboundMessage inbound, SipRequest ack, SipTransactionKey key)
    {
        // RFC 3261 §17.2.3: an ACK for a 3xx–6xx carries the INVITE's branch and matches its transaction.
        if (_servers.TryGetValue(key, out var found) && found is ServerInviteTransaction invite && AckToTagMatches(invite, ack))
        {
            await invite.OnAckAsync(inbound).ConfigureAwait(false);
            return;
        }

        // The ACK for a 2xx has a branch of its own (RFC 3261 §17.1.1.3) and goes to the TU.
        await NotifyTuAsync("ACK", tu => tu.OnAckAsync(inbound, null)).ConfigureAwait(false);
    }

    /// <summary>
    /// RFC 3261 §9.2: the CANCEL is its own non-INVITE transaction; it is answered 200 when it matches an INVITE
    /// server transaction (the TU is told only while that INVITE still awaits its final response) and 481 otherwise.
    /// </summary>
    private async Task HandleCancelAsync(SipInboundMessage inbound, SipRequest cancel, SipTransactionKey key)
    {
        if (!TryCreateServerTransaction(inbound, key, out var cancelTransaction))
        {
            return;
        }

        var invite = SipTransactionMatcher.TryGetCancelTargetKey(cancel, out var targetKey)
            && _servers.TryGetValue(targetKey, out var target) ? target as ServerInviteTransaction : null;
        if (invite is null)
        {
            Log.CancelUnmatched(_logger, inbound.Remote);
            await cancelTransaction.SendResponseAsync(cancelTransaction.CreateResponse(481, toTag: NewTag())).ConfigureAwait(false);
            return;
        }

        var cancellable = invite.IsCancellable;

        // RFC 3261 §9.2: the To tag of the CANCEL's response should equal the one of the INVITE's response.
        var toTag = ToTagOf(invite.LastResponse) ?? NewTag();
        await cancelTransaction.SendResponseAsync(cancelTransaction.CreateResponse(200, toTag: toTag)).ConfigureAwait(false);
        if (cancellable)
        {
            await NotifyTuAsync("CANCEL", tu => tu.OnCancelAsync(invite, cancelTransaction)).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// RFC 3261 §8.2.2.2: a request without To tag whose From tag, Call-ID and CSeq equal those of a transaction in
    /// progress, but which does not match that transaction (it came by another path, e.g. a forking proxy), is merged.
    /// </summary>
    private bool IsMergedRequest(SipRequest request, SipTransactionKey key) =>
        request.TryGetNameAddress(HeaderKind.To, out var to, out _) && to.Tag is null
        && SipTransactionMatcher.TryGetMergeKey(request, out var mergeKey)
        && _mergeIndex.TryGetValue(mergeKey, out var other)
        && other.Key != key && !other.IsTerminated;

    /// <summary>Answers through a server transaction of its own (so retransmissions are absorbed) without involving the TU.</summary>
    private async Task RejectAsync(SipInboundMessage inbound, SipTransactionKey key, int status)
    {
        if (TryCreateServerTransaction(inbound, key, out var transaction))
        {
            await transaction.SendResponseAsync(transaction.CreateResponse(status, toTag: NewTag())).ConfigureAwait(false);
        }
    }

    private bool TryCreateServerTransaction(SipInboundMessage inbound, SipTransactionKey key, out SipServerTransaction transaction)
    {
        transaction = ((SipRequest)inbound.Message).Method == SipMethod.Invite
            ? new ServerInviteTransaction(key, inbound, _context)
            : new ServerNonInviteTransaction(key, inbound, _context);

        // Two copies of a request racing in on different threads: the loser is a retransmission.
        if (_servers.TryAdd(key, transaction))
        {
            return true;
        }

        transaction.Abandon();
        return false;
    }

    /// <summary>RFC 3261 §17.2.3 (RFC 2543 peers): the ACK's To tag must equal the one of our response.</summary>
    private static bool AckToTagMatches(ServerInviteTransaction invite, SipRequest ack) =>
        invite.Key.SentBy.Length > 0
        || (ack.TryGetNameAddress(HeaderKind.To, out var to, out _) && to.Tag == ToTagOf(invite.LastResponse));

    private static string? ToTagOf(SipResponse? response) =>
        response is not null && response.TryGetNameAddress(HeaderKind.To, out var to, out _) ? to.Tag : null;

    private static string NewTag() => SipBranch.RandomToken(10);
}
