using Voice.Sip.Message;
using Voice.Sip.Transport;

namespace Voice.Sip.Transaction;

/// <summary>The non-INVITE server transaction of RFC 3261 §17.2.2: Trying → Proceeding → Completed → Terminated.</summary>
public sealed class ServerNonInviteTransaction : SipServerTransaction
{
    private readonly TransactionTimer _timerJ;

    internal ServerNonInviteTransaction(SipTransactionKey key, SipInboundMessage inbound, TransactionContext context)
        : base(key, inbound, context)
    {
        State = SipTransactionState.Trying;
        _timerJ = CreateTimer(OnTimerJ);
    }

    public override async Task SendResponseAsync(SipResponse response)
    {
        var terminated = false;
        lock (Gate)
        {
            if (State is not (SipTransactionState.Trying or SipTransactionState.Proceeding))
            {
                // RFC 3261 §17.2.2: once Completed, further responses from the TU are discarded.
                Log.ResponseIgnored(Context.Logger, Key, response.StatusCode, State);
                return;
            }

            LastResponse = response;
            if (response.IsProvisional)
            {
                if (State == SipTransactionState.Trying)
                {
                    MoveTo(SipTransactionState.Proceeding);
                }
            }
            else
            {
                MoveTo(SipTransactionState.Completed);
                StartOrTerminate(_timerJ, Options.TimerJ(ResponseDestination.IsReliable), ref terminated);
            }
        }

        await SendOrFailAsync(response).ConfigureAwait(false);
        if (terminated)
        {
            AfterTerminated();
        }
    }

    internal override Task OnRequestRetransmissionAsync()
    {
        SipResponse? resend;
        lock (Gate)
        {
            // RFC 3261 §17.2.2: absorbed in Trying; the last response is resent in Proceeding and Completed.
            resend = State is SipTransactionState.Proceeding or SipTransactionState.Completed ? LastResponse : null;
        }

        return ResendLastAsync(resend);
    }

    private void OnTimerJ()
    {
        bool terminated;
        lock (Gate)
        {
            terminated = State == SipTransactionState.Completed && TerminateLocked();
        }

        if (terminated)
        {
            AfterTerminated();
        }
    }
}
