using System.Text;
using Voice.Grains.Contracts.Calls;
using Voice.Sip.Headers;
using Voice.Sip.Message;
using Voice.Sip.Transaction;
using Voice.Sip.Transport;

namespace Voice.Gateway.Sip.Calls;

public sealed partial class SipLegExecutor
{
    private async Task SendRequestAsync(SendRequestAction action)
    {
        var (request, destination) = Build(action);
        var transaction = await Transactions.SendRequestAsync(request, destination).ConfigureAwait(false);
        var leg = (action.CallThreadKey, action.LegId);
        if (transaction is ClientInviteTransaction invite && action.CSeq == 1)
        {
            _invites[leg] = invite;
        }

        if (action.ReportResponses)
        {
            _ = PumpAsync(transaction, action);
        }
        else
        {
            _ = LogOutcomeAsync(transaction, action);
        }
    }

    /// <summary>The ACK for a 2xx: no transaction (RFC 3261 §17.1.1.3); kept to answer retransmissions of the 2xx.</summary>
    private async Task SendAckAsync(SendRequestAction action)
    {
        var (ack, destination) = Build(action);
        var key = (action.CallId, action.CSeq);
        _acks[key] = new SentAck(ack, destination);
        _ = ForgetAckLaterAsync(key);
        await Transport.SendAsync(ack, destination).ConfigureAwait(false);
    }

    /// <summary>
    /// RFC 3261 §9.1: CANCEL only once the INVITE has had a provisional response; before that, remember the wish and
    /// send it when one arrives (see <see cref="PumpAsync"/>).
    /// </summary>
    private async Task CancelAsync(CancelAction action)
    {
        var leg = (action.CallThreadKey, action.LegId);
        if (!_invites.TryGetValue(leg, out var invite))
        {
            Log.NothingToCancel(_logger, action.CallThreadKey, action.LegId);
            return;
        }

        _cancelWanted[leg] = true;
        if (await Transactions.CancelAsync(invite).ConfigureAwait(false) is not null)
        {
            _cancelWanted.TryRemove(leg, out _);
        }
    }

    /// <summary>Relays every response but 100 to the call, in order; sends a CANCEL that was waiting for a provisional.</summary>
    private async Task PumpAsync(SipClientTransaction transaction, SendRequestAction action)
    {
        var call = grains.GetGrain<ICallThreadGrain>(action.CallThreadKey);
        var leg = (action.CallThreadKey, action.LegId);
        try
        {
            await foreach (var provisional in transaction.ProvisionalResponses.ReadAllAsync().ConfigureAwait(false))
            {
                if (transaction is ClientInviteTransaction invite && _cancelWanted.TryRemove(leg, out _))
                {
                    await Transactions.CancelAsync(invite).ConfigureAwait(false);
                }

                if (provisional.StatusCode != 100)
                {
                    await call.OnLegResponseAsync(ToLegResponse(action, provisional)).ConfigureAwait(false);
                }
            }

            var result = await transaction.Result.ConfigureAwait(false);
            _invites.TryRemove(leg, out _);
            _cancelWanted.TryRemove(leg, out _);
            await call.OnLegResponseAsync(ToLegResponse(action, result.Response)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ReportFailed(_logger, action.Method, action.CallThreadKey, ex);
        }
    }

    private async Task LogOutcomeAsync(SipClientTransaction transaction, SendRequestAction action)
    {
        var result = await transaction.Result.ConfigureAwait(false);
        Log.RequestAnswered(_logger, action.Method, action.CallThreadKey, action.LegId, result.Response.StatusCode);
    }

    private async Task ForgetAckLaterAsync((string, long) key)
    {
        await Task.Delay(stack.Options.Transactions.TimerM, time).ConfigureAwait(false);
        _acks.TryRemove(key, out _);
    }

    /// <summary>The request the action describes, with our Via, Max-Forwards, Contact (INVITE, NOTIFY: RFC 6665 §4.1.2) and body.</summary>
    private (SipRequest Request, SipEndPoint Destination) Build(SendRequestAction action)
    {
        if (!SipEndPoint.TryParse(action.Destination, out var destination))
        {
            throw new ArgumentException($"'{action.Destination}' is not a transport address", nameof(action));
        }

        var method = SipMethod.Parse(action.Method);
        var request = new SipRequest(method, SipUri.Parse(action.RequestUri));
        var local = SipLocalAddress.For(Transport, destination);
        var transport = destination.ViaTransport;
        request.Headers.Add(HeaderKind.Via, $"SIP/2.0/{transport} {local};rport;branch={SipBranch.NewBranch()}");
        request.Headers.Add(HeaderKind.MaxForwards, "70");
        foreach (var route in action.Routes)
        {
            request.Headers.Add(HeaderKind.Route, route);
        }

        request.Headers.Add(HeaderKind.From, action.From);
        request.Headers.Add(HeaderKind.To, action.To);
        request.Headers.Add(HeaderKind.CallId, action.CallId);
        request.Headers.Add(HeaderKind.CSeq, $"{action.CSeq} {method.Name}");
        if ((method == SipMethod.Invite || method == SipMethod.Notify) && action.ContactUser is not null)
        {
            request.Headers.Add(HeaderKind.Contact, $"<sip:{action.ContactUser}@{local};transport={transport.ToLowerInvariant()}>");
        }

        AddHeaders(request, action.Headers);
        if (action.Body is not null)
        {
            request.SetBody(Encoding.UTF8.GetBytes(action.Body), action.ContentType ?? "application/sdp");
        }
        else
        {
            request.EnsureContentLength();
        }

        return (request, destination);
    }

    private static LegResponse ToLegResponse(SendRequestAction action, SipResponse response)
    {
        var contact = response.TryGetNameAddressList(HeaderKind.Contact, out var contacts, out _) && contacts.Count > 0 ? contacts[0].Uri.ToString() : null;
        var recordRoute = response.TryGetNameAddressList(HeaderKind.RecordRoute, out var routes, out _) ? routes.Select(r => r.ToString()).ToList() : [];
        var body = response.Body.IsEmpty ? null : Encoding.UTF8.GetString(response.Body.Span);
        return new LegResponse(
            action.LegId,
            action.Method,
            response.CSeq.Number,
            response.StatusCode,
            response.ReasonPhrase,
            response.To.Tag,
            contact,
            recordRoute,
            body,
            body is null ? null : response.Headers.GetFirstValue(HeaderKind.ContentType));
    }
}
