using Voice.Sip.Message;
using Voice.Sip.Transport;

namespace Voice.Sip.Transaction;

/// <summary>
/// The INVITE client transaction of RFC 3261 §17.1.1 as updated by RFC 6026 §7.2 / §8.4:
/// Calling → Proceeding → Completed (3xx–6xx, ACK sent here) or Accepted (2xx, the TU sends the ACK) → Terminated.
/// </summary>
public sealed partial class ClientInviteTransaction : SipClientTransaction
{
    private readonly TransactionTimer _timerA;
    private readonly TransactionTimer _timerB;
    private readonly TransactionTimer _timerD;
    private readonly TransactionTimer _timerM;
    private SipRequest? _ack;

    internal ClientInviteTransaction(SipTransactionKey key, SipRequest request, SipEndPoint destination, TransactionContext context)
        : base(key, request, destination, context)
    {
        State = SipTransactionState.Calling;
        _timerA = CreateTimer(OnTimerA);
        _timerB = CreateTimer(OnTimerB);
        _timerD = CreateTimer(OnTimerD);
        _timerM = CreateTimer(OnTimerM);
    }

    private enum ResponseAction
    {
        Ignore,
        DeliverProvisional,
        DeliverFinal,
        AckAndDeliverFinal,
        ResendAck,
        PassToTu,
    }

    /// <summary>The ACK sent for a 3xx–6xx final response, once there is one.</summary>
    public SipRequest? Ack => _ack;

    /// <summary>
    /// RFC 3261 §9.1: a CANCEL may only be sent once a provisional response arrived and before a final one;
    /// returns false (and no CANCEL) otherwise.
    /// </summary>
    public bool TryCreateCancel(out SipRequest cancel)
    {
        lock (Gate)
        {
            cancel = State == SipTransactionState.Proceeding ? SipCancelBuilder.ForInvite(Request) : null!;
            return cancel is not null;
        }
    }

    internal override async Task StartAsync()
    {
        lock (Gate)
        {
            // RFC 3261 §17.1.1.2: timer A only for unreliable transports; timer B always.
            if (!Destination.IsReliable)
            {
                _timerA.Start(Options.T1);
            }

            _timerB.Start(Options.TimerB);
        }

        if (!await TrySendAsync(Request, Destination).ConfigureAwait(false))
        {
            OnTransportError();
        }
    }

    internal override async Task OnResponseAsync(SipInboundMessage inbound)
    {
        var response = (SipResponse)inbound.Message;
        ResponseAction action;
        var terminated = false;
        lock (Gate)
        {
            action = Decide(response, ref terminated);
        }

        switch (action)
        {
            case ResponseAction.DeliverProvisional:
                DeliverProvisional(response);
                break;
            case ResponseAction.DeliverFinal:
                Complete(SipClientOutcome.Response, response);
                break;
            case ResponseAction.AckAndDeliverFinal:
                Complete(SipClientOutcome.Response, response);
                await SendAckAsync().ConfigureAwait(false);
                break;
            case ResponseAction.ResendAck:
                await SendAckAsync().ConfigureAwait(false);
                break;
            case ResponseAction.PassToTu:
                await Context.Host.OnAcceptedResponseAsync(this, inbound).ConfigureAwait(false);
                break;
            default:
                break;
        }

        if (terminated)
        {
            AfterTerminated();
        }
    }

    private ResponseAction Decide(SipResponse response, ref bool terminated)
    {
        switch (State)
        {
            case SipTransactionState.Calling or SipTransactionState.Proceeding when response.IsProvisional:
                // RFC 3261 §17.1.1.2: a provisional response stops retransmissions (and timer B).
                _timerA.Stop();
                _timerB.Stop();
                if (State == SipTransactionState.Calling)
                {
                    MoveTo(SipTransactionState.Proceeding);
                }

                return ResponseAction.DeliverProvisional;
            case SipTransactionState.Calling or SipTransactionState.Proceeding when response.IsSuccess:
                // RFC 6026 §8.4: 2xx → Accepted, timer M keeps the transaction around for 2xx retransmissions.
                _timerA.Stop();
                _timerB.Stop();
                MoveTo(SipTransactionState.Accepted);
                _timerM.Start(Options.TimerM);
                return ResponseAction.DeliverFinal;
            case SipTransactionState.Calling or SipTransactionState.Proceeding:
                _timerA.Stop();
                _timerB.Stop();
                _ack = SipAckBuilder.ForNonSuccess(Request, response);
                MoveTo(SipTransactionState.Completed);
                StartOrTerminate(_timerD, Options.TimerD(Destination.IsReliable), ref terminated);
                return ResponseAction.AckAndDeliverFinal;
            case SipTransactionState.Completed when response.StatusCode >= 300:
                // RFC 3261 §17.1.1.2: each retransmitted final response is answered with the same ACK.
                return ResponseAction.ResendAck;
            case SipTransactionState.Accepted when response.IsSuccess:
                return ResponseAction.PassToTu;
            default:
                return ResponseAction.Ignore;
        }
    }

    private async Task SendAckAsync()
    {
        if (_ack is { } ack && !await TrySendAsync(ack, Destination).ConfigureAwait(false))
        {
            OnTransportError();
        }
    }
}
