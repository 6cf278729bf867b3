using System.Text;
using Voice.Grains.Contracts.Calls;
using Voice.Sip.Message;
using Voice.Sip.Transaction;

namespace Voice.Gateway.Sip.Calls;

public sealed partial class SipLegExecutor
{
    private async Task RespondAsync(RespondAction action)
    {
        if (!pending.TryGet(action.Handle, out var entry))
        {
            // The transaction ended (timer, CANCEL race) or lived on a node that is gone: nothing to answer any more.
            Log.TransactionGone(_logger, action.Handle, action.Status);
            return;
        }

        var transaction = entry.Transaction;
        var response = transaction.CreateResponse(action.Status, action.Reason, action.ToTag);
        var isInvite = transaction.Request.Method == SipMethod.Invite;
        if (isInvite && action.ContactUser is not null && action.Status is > 100 and < 300)
        {
            // RFC 3261 §12.1.1: a dialog-creating response carries the Contact in-dialog requests will go to.
            var host = SipLocalAddress.For(Transport, transaction.ResponseDestination);
            var transport = transaction.ResponseDestination.ViaTransport.ToLowerInvariant();
            response.Headers.Add(HeaderKind.Contact, $"<sip:{action.ContactUser}@{host};transport={transport}>");
        }

        AddHeaders(response, action.Headers);
        if (action.Body is not null)
        {
            response.SetBody(Encoding.UTF8.GetBytes(action.Body), action.ContentType ?? "application/sdp");
        }

        if (action.Status >= 200)
        {
            pending.Remove(action.Handle);
        }

        if (isInvite && action.Status is >= 200 and < 300)
        {
            // Armed before the 2xx leaves: the caller's ACK can arrive (on another thread) before SendResponseAsync
            // returns, and an ACK finding no retransmission to stop is lost — the 2xx would then be re-sent until
            // Timer H and the call told the ACK never came. The first re-send is only due at T1.
            var call = grains.GetGrain<ICallThreadGrain>(action.CallThreadKey);
            Retransmitter.Start(response, transaction.ResponseDestination, unacknowledged => _ = ReportAckTimeoutAsync(call, action.Handle));
        }

        await transaction.SendResponseAsync(response).ConfigureAwait(false);
    }

    private async Task ReportAckTimeoutAsync(ICallThreadGrain call, string handle)
    {
        try
        {
            await call.OnAckTimeoutAsync(handle).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ReportFailed(_logger, "ACK timeout", handle, ex);
        }
    }

    private static void AddHeaders(SipMessage message, IReadOnlyDictionary<string, string>? headers)
    {
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            message.Headers.Add(name, value);
        }
    }
}
