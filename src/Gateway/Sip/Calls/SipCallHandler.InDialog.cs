using System.Text;
using Voice.Grains.Contracts.Calls;
using Voice.Sip.Message;
using Voice.Sip.Transaction;
using Voice.Sip.Transport;

namespace Voice.Gateway.Sip.Calls;

public sealed partial class SipCallHandler
{
    /// <summary>
    /// A request with a To tag: our tag names the call thread (on whichever node owns it now), which answers it or —
    /// for a re-INVITE — relays it and answers later through the pending transaction.
    /// </summary>
    public async Task OnInDialogRequestAsync(SipServerTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var request = transaction.Request;
        if (!CallThreadKey.TryParseTag(request.To.Tag, out var key))
        {
            // RFC 3261 §12.2.2: a request in a dialog we do not know.
            await transaction.SendResponseAsync(transaction.CreateResponse(481)).ConfigureAwait(false);
            return;
        }

        var handle = request.Method == SipMethod.Invite ? pending.Add(NodeId, transaction, key) : null;
        var inDialog = ToInDialogRequest(request, transaction.Inbound.Remote, handle);
        var call = grains.GetGrain<ICallThreadGrain>(key);
        var answer = handle is null
            ? await InDialogRetry.RunAsync(() => call.OnInDialogRequestAsync(inDialog)).ConfigureAwait(false)
            : await call.OnInDialogRequestAsync(inDialog).ConfigureAwait(false);
        if (answer.IsPending)
        {
            return;
        }

        if (handle is not null)
        {
            pending.Remove(handle);
        }

        await transaction.SendResponseAsync(transaction.CreateResponse(answer.Status, answer.Reason)).ConfigureAwait(false);
    }

    /// <summary>
    /// An ACK for a 2xx: it stops our retransmissions of that 2xx here; one carrying SDP (the answer to a late offer)
    /// also goes to the call, which owes the other leg an ACK with it.
    /// </summary>
    public async Task OnAckAsync(SipInboundMessage inbound, SipLegExecutor executor)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(executor);
        if (inbound.Message is not SipRequest ack)
        {
            return;
        }

        executor.Retransmitter.Acknowledge(ack);
        if (!ack.Body.IsEmpty && CallThreadKey.TryParseTag(ack.To.Tag, out var key))
        {
            await grains.GetGrain<ICallThreadGrain>(key).OnInDialogRequestAsync(ToInDialogRequest(ack, inbound.Remote, null)).ConfigureAwait(false);
        }
    }

    /// <summary>The caller cancelled its INVITE: the call decides (it may have just been answered).</summary>
    public async Task OnCancelAsync(ServerInviteTransaction invite)
    {
        ArgumentNullException.ThrowIfNull(invite);
        if (pending.TryFind(invite, out _, out var entry))
        {
            await grains.GetGrain<ICallThreadGrain>(entry.CallThreadKey).OnCallerCancelledAsync().ConfigureAwait(false);
            return;
        }

        // CANCEL overtook the offer (still authenticating): end the INVITE here; the call, if one starts, is never answered.
        await invite.SendResponseAsync(invite.CreateResponse(487, toTag: SipTags.New())).ConfigureAwait(false);
    }

    private InDialogRequest ToInDialogRequest(SipRequest request, SipEndPoint remote, string? handle)
    {
        var contact = request.TryGetNameAddressList(HeaderKind.Contact, out var contacts, out _) && contacts.Count > 0 ? contacts[0].Uri.ToString() : null;
        var body = request.Body.IsEmpty ? null : Encoding.UTF8.GetString(request.Body.Span);
        return new InDialogRequest(
            request.Method.Name,
            request.CallId,
            request.From.Tag ?? string.Empty,
            request.To.Tag!,
            request.CSeq.Number,
            handle,
            new SipFlow(NodeId, remote.ToString()),
            contact,
            body,
            body is null ? null : request.Headers.GetFirstValue(HeaderKind.ContentType));
    }
}
