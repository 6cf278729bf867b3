using Voice.Sip.Message;
using Voice.Sip.Transaction;
using Voice.Sip.Transport;
using Voice.Sip.UserAgent;

namespace Voice.Sip.Interop.Tests.Support;

/// <summary>
/// A minimal answering UAS on Voice.Sip: 180 then 200 with SDP for INVITE (2xx re-sent until ACK,
/// RFC 3261 §13.3.1.4), 200 for BYE and OPTIONS, 487 on CANCEL. Counts what it saw.
/// </summary>
internal sealed class SampleUas : ISipTransactionUser, IAsyncDisposable
{
    private SipStack? _stack;
    private InviteSuccessRetransmitter? _retransmitter;
    private int _invites;
    private int _acks;
    private int _byes;
    private int _failures;

    public int Invites => Volatile.Read(ref _invites);

    public int Acks => Volatile.Read(ref _acks);

    public int Byes => Volatile.Read(ref _byes);

    public int TransactionFailures => Volatile.Read(ref _failures);

    public long SuccessRetransmissions => _retransmitter?.Retransmissions ?? 0;

    public SipStack Stack => _stack ?? throw new InvalidOperationException("not started");

    public static async Task<SampleUas> StartAsync()
    {
        var uas = new SampleUas();
        uas._stack = await SipStack.StartAsync(uas);
        uas._retransmitter = new InviteSuccessRetransmitter(uas._stack.Transport, SipStack.TransactionOptions, TimeProvider.System);
        return uas;
    }

    public async Task OnRequestAsync(SipServerTransaction transaction)
    {
        var request = transaction.Request;
        if (request.Method == SipMethod.Invite)
        {
            Interlocked.Increment(ref _invites);
            var tag = SipBranch.RandomToken(10);
            var local = Stack.Local(transaction.Inbound.Local.Protocol);
            var contact = $"<sip:uas@{local.Address};transport={local.ViaTransport.ToLowerInvariant()}>";
            var ringing = transaction.CreateResponse(180, toTag: tag);
            ringing.Headers.Add(HeaderKind.Contact, contact);
            await transaction.SendResponseAsync(ringing);
            var ok = transaction.CreateResponse(200, toTag: tag);
            ok.Headers.Add(HeaderKind.Contact, contact);
            ok.SetBody(SampleSdp.Offer(local.Address.Address.ToString(), 20000), "application/sdp");
            await transaction.SendResponseAsync(ok);
            _retransmitter!.Start(ok, transaction.ResponseDestination);
            return;
        }

        if (request.Method == SipMethod.Bye)
        {
            Interlocked.Increment(ref _byes);
        }

        var status = request.Method == SipMethod.Bye || request.Method == SipMethod.Options ? 200 : 405;
        await transaction.SendResponseAsync(transaction.CreateResponse(status));
    }

    public Task OnAckAsync(SipInboundMessage ack, ServerInviteTransaction? transaction)
    {
        if (_retransmitter!.Acknowledge((SipRequest)ack.Message))
        {
            Interlocked.Increment(ref _acks);
        }

        return Task.CompletedTask;
    }

    public Task OnCancelAsync(ServerInviteTransaction invite, SipServerTransaction cancel) =>
        invite.SendResponseAsync(invite.CreateResponse(487, toTag: SipBranch.RandomToken(10)));

    public Task OnResponseAsync(SipInboundMessage response, ClientInviteTransaction? transaction) => Task.CompletedTask;

    public Task OnTransactionFailedAsync(SipServerTransaction transaction, SipTransactionFailure failure)
    {
        Interlocked.Increment(ref _failures);
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _retransmitter?.Dispose();
        if (_stack is not null)
        {
            await _stack.DisposeAsync();
        }
    }
}
