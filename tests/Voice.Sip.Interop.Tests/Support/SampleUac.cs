using System.Collections.Concurrent;
using Voice.Sip.Dialog;
using Voice.Sip.Headers;
using Voice.Sip.Message;
using Voice.Sip.Transaction;
using Voice.Sip.Transport;

namespace Voice.Sip.Interop.Tests.Support;

/// <summary>
/// A minimal calling UAC on Voice.Sip: INVITE with SDP, ACK for the 2xx (re-sent when the 2xx is
/// retransmitted, RFC 3261 §13.2.2.4), then BYE; every request through the transaction layer's timers.
/// </summary>
internal sealed class SampleUac : ISipTransactionUser, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, (SipRequest Ack, SipEndPoint Target)> _acks = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private SipStack? _stack;

    public SipStack Stack => _stack ?? throw new InvalidOperationException("not started");

    public IReadOnlyCollection<string> Failures => _failures;

    public static async Task<SampleUac> StartAsync()
    {
        var uac = new SampleUac();
        uac._stack = await SipStack.StartAsync(uac);
        return uac;
    }

    /// <summary>Places <paramref name="calls"/> calls to <paramref name="target"/>, at most <paramref name="concurrency"/> at once.</summary>
    public async Task<int> RunCallsAsync(SipEndPoint target, int calls, int concurrency)
    {
        var succeeded = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, calls), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) =>
        {
            var outcome = await CallAsync(target, i);
            if (outcome is null)
            {
                Interlocked.Increment(ref succeeded);
            }
            else
            {
                _failures.Enqueue($"call {i}: {outcome}");
            }
        });
        return succeeded;
    }

    /// <summary>One call; returns null on success or what went wrong.</summary>
    public async Task<string?> CallAsync(SipEndPoint target, int index)
    {
        var local = Stack.Local(target.Protocol);
        var invite = new SipRequest(SipMethod.Invite, SipUri.Parse($"sip:service@{target.Address}"));
        var transport = target.ViaTransport;
        invite.Headers.Add(HeaderKind.Via, $"SIP/2.0/{transport} {local.Address};rport");
        invite.Headers.Add(HeaderKind.MaxForwards, "70");
        invite.Headers.Add(HeaderKind.From, $"<sip:uac@{local.Address}>;tag={SipBranch.RandomToken(10)}");
        invite.Headers.Add(HeaderKind.To, $"<sip:service@{target.Address}>");
        invite.Headers.Add(HeaderKind.CallId, $"{SipBranch.RandomToken(16)}-{index}@127.0.0.1");
        invite.Headers.Add(HeaderKind.CSeq, "1 INVITE");
        invite.Headers.Add(HeaderKind.Contact, $"<sip:uac@{local.Address};transport={transport.ToLowerInvariant()}>");
        invite.SetBody(SampleSdp.Offer("127.0.0.1", 30000 + (index % 10000)), "application/sdp");

        var inviteResult = await (await Stack.Transactions.SendRequestAsync(invite, target)).Result;
        if (inviteResult.Response.StatusCode != 200)
        {
            return $"INVITE got {inviteResult.Response.StatusCode} ({inviteResult.Outcome})";
        }

        var dialog = SipDialog.CreateAsUac(invite, inviteResult.Response);
        var ack = dialog.CreateAck(1);
        ack.Headers.AddFirst(HeaderKind.Via, $"SIP/2.0/{transport} {local.Address};rport;branch={SipBranch.NewBranch()}");
        _acks[invite.CallId] = (ack, target);
        await Stack.Transport.SendAsync(ack, target);

        var bye = dialog.CreateRequest(SipMethod.Bye);
        bye.Headers.AddFirst(HeaderKind.Via, $"SIP/2.0/{transport} {local.Address};rport");
        var byeResult = await (await Stack.Transactions.SendRequestAsync(bye, target)).Result;
        _acks.TryRemove(invite.CallId, out _);
        return byeResult.Response.StatusCode == 200 ? null : $"BYE got {byeResult.Response.StatusCode} ({byeResult.Outcome})";
    }

    public Task OnRequestAsync(SipServerTransaction transaction) =>
        transaction.SendResponseAsync(transaction.CreateResponse(transaction.Request.Method == SipMethod.Bye ? 481 : 405));

    public Task OnAckAsync(SipInboundMessage ack, ServerInviteTransaction? transaction) => Task.CompletedTask;

    public Task OnCancelAsync(ServerInviteTransaction invite, SipServerTransaction cancel) => Task.CompletedTask;

    /// <summary>RFC 3261 §13.2.2.4: a retransmitted 2xx means our ACK was lost — send it again.</summary>
    public async Task OnResponseAsync(SipInboundMessage response, ClientInviteTransaction? transaction)
    {
        if (response.Message is SipResponse { IsSuccess: true } ok && _acks.TryGetValue(ok.CallId, out var pending))
        {
            await Stack.Transport.SendAsync(pending.Ack, pending.Target);
        }
    }

    public Task OnTransactionFailedAsync(SipServerTransaction transaction, SipTransactionFailure failure) => Task.CompletedTask;

    public ValueTask DisposeAsync() => _stack?.DisposeAsync() ?? ValueTask.CompletedTask;
}
