using Voice.Sip.Transaction;
using Voice.Sip.Transport;

namespace Voice.Sip.Tests.Transaction;

/// <summary>A TU that records every callback; <see cref="OnRequest"/> lets a test answer new requests.</summary>
internal sealed class RecordingTransactionUser : ISipTransactionUser
{
    public List<SipServerTransaction> Requests { get; } = [];

    public List<(SipInboundMessage Ack, ServerInviteTransaction? Transaction)> Acks { get; } = [];

    public List<(ServerInviteTransaction Invite, SipServerTransaction Cancel)> Cancels { get; } = [];

    public List<(SipInboundMessage Response, ClientInviteTransaction? Transaction)> Responses { get; } = [];

    public List<(SipServerTransaction Transaction, SipTransactionFailure Failure)> Failures { get; } = [];

    public Func<SipServerTransaction, Task>? OnRequest { get; set; }

    public Task OnRequestAsync(SipServerTransaction transaction)
    {
        Requests.Add(transaction);
        return OnRequest?.Invoke(transaction) ?? Task.CompletedTask;
    }

    public Task OnAckAsync(SipInboundMessage ack, ServerInviteTransaction? transaction)
    {
        Acks.Add((ack, transaction));
        return Task.CompletedTask;
    }

    public Task OnCancelAsync(ServerInviteTransaction invite, SipServerTransaction cancel)
    {
        Cancels.Add((invite, cancel));
        return Task.CompletedTask;
    }

    public Task OnResponseAsync(SipInboundMessage response, ClientInviteTransaction? transaction)
    {
        Responses.Add((response, transaction));
        return Task.CompletedTask;
    }

    public Task OnTransactionFailedAsync(SipServerTransaction transaction, SipTransactionFailure failure)
    {
        Failures.Add((transaction, failure));
        return Task.CompletedTask;
    }
}
