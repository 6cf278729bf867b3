using Voice.Sip.Message;
using Voice.Sip.Transport;

namespace Voice.Sip.Transaction;

/// <summary>
/// The INVITE server transaction of RFC 3261 §17.2.1 as updated by RFC 6026 §7.1 / §8.7:
/// Proceeding → Completed (3xx–6xx) → Confirmed (ACK) → Terminated, or Proceeding → Accepted (2xx) → Terminated.
/// </summary>
public sealed partial class ServerInviteTransaction : SipServerTransaction
{
    private readonly TransactionTimer _tryingTimer;
    private readonly TransactionTimer _timerG;
    private readonly TransactionTimer _timerH;
    private readonly TransactionTimer _timerI;
    private readonly TransactionTimer _timerL;

    internal ServerInviteTransaction(SipTransactionKey key, SipInboundMessage inbound, TransactionContext context)
        : base(key, inbound, context)
    {
        State = SipTransactionState.Proceeding;
        _tryingTimer = CreateTimer(OnTryingTimer);
        _timerG = CreateTimer(OnTimerG);
        _timerH = CreateTimer(OnTimerH);
        _timerI = CreateTimer(OnTimerI);
        _timerL = CreateTimer(OnTimerL);
    }

    /// <summary>True while no final response was sent, i.e. while a CANCEL still has an effect (RFC 3261 §9.2).</summary>
    public bool IsCancellable
    {
        get
        {
            lock (Gate)
            {
                return State == SipTransactionState.Proceeding;
            }
        }
    }

    /// <summary>RFC 3261 §17.2.1: unless the TU answers within 200 ms, the transaction sends 100 Trying itself.</summary>
    internal void Start()
    {
        lock (Gate)
        {
            _tryingTimer.Start(Options.TryingDelay);
        }
    }

    public override Task SendResponseAsync(SipResponse response)
    {
        lock (Gate)
        {
            if (!AcceptFromTu(response))
            {
                Log.ResponseIgnored(Context.Logger, Key, response.StatusCode, State);
                return Task.CompletedTask;
            }
        }

        return SendOrFailAsync(response);
    }

    internal override Task OnRequestRetransmissionAsync()
    {
        SipResponse? resend;
        lock (Gate)
        {
            // RFC 3261 §17.2.1: resend the latest provisional (Proceeding) or final (Completed) response.
            // RFC 6026 §7.1: in Accepted the retransmission is absorbed; the TU retransmits its 2xx itself.
            resend = State is SipTransactionState.Proceeding or SipTransactionState.Completed ? LastResponse : null;
        }

        return ResendLastAsync(resend);
    }

    /// <summary>An ACK matched this transaction (same branch: ACK for a 3xx–6xx, or any ACK while Accepted).</summary>
    internal Task OnAckAsync(SipInboundMessage ack)
    {
        var terminated = false;
        bool toTu;
        lock (Gate)
        {
            // RFC 6026 §8.7: an ACK received in Accepted goes to the TU (called outside the lock); Confirmed absorbs it.
            toTu = State == SipTransactionState.Accepted;
            if (State == SipTransactionState.Completed)
            {
                // RFC 3261 §17.2.1: ACK stops G and H; timer I absorbs ACK retransmissions.
                _timerG.Stop();
                _timerH.Stop();
                MoveTo(SipTransactionState.Confirmed);
                StartOrTerminate(_timerI, Options.TimerI(ResponseDestination.IsReliable), ref terminated);
            }
        }

        if (terminated)
        {
            AfterTerminated();
        }

        return toTu ? Context.Host.OnAcceptedAckAsync(this, ack) : Task.CompletedTask;
    }

    private bool AcceptFromTu(SipResponse response)
    {
        if (State == SipTransactionState.Accepted && response.IsSuccess)
        {
            // RFC 6026 §7.1: 2xx retransmissions from the TU go straight to the transport.
            return true;
        }

        if (State != SipTransactionState.Proceeding)
        {
            return false;
        }

        _tryingTimer.Stop();
        LastResponse = response;
        if (response.IsSuccess)
        {
            MoveTo(SipTransactionState.Accepted);
            _timerL.Start(Options.TimerL);
        }
        else if (response.IsFinal)
        {
            MoveTo(SipTransactionState.Completed);
            if (!ResponseDestination.IsReliable)
            {
                _timerG.Start(Options.T1);
            }

            _timerH.Start(Options.TimerH);
        }

        return true;
    }
}
