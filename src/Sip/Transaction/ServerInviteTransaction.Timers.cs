using Voice.Sip.Message;

namespace Voice.Sip.Transaction;

/// <summary>The automatic 100 Trying and timers G, H, I, L of the INVITE server transaction.</summary>
public sealed partial class ServerInviteTransaction
{
    private void OnTryingTimer()
    {
        SipResponse trying;
        lock (Gate)
        {
            if (State != SipTransactionState.Proceeding || LastResponse is not null)
            {
                return;
            }

            trying = CreateResponse(100);

            // RFC 3261 §8.2.6.1: a 100 Trying copies the request's Timestamp header.
            SipAckBuilder.CopyFirst(Request, trying, HeaderKind.Timestamp);
            LastResponse = trying;
        }

        _ = SendOrFailAsync(trying);
    }

    /// <summary>RFC 3261 §17.2.1: retransmit the final response, doubling the interval up to T2.</summary>
    private void OnTimerG()
    {
        SipResponse? resend;
        lock (Gate)
        {
            if (State != SipTransactionState.Completed)
            {
                return;
            }

            var next = _timerG.Interval * 2;
            _timerG.Start(next < Options.T2 ? next : Options.T2);
            resend = LastResponse;
        }

        _ = ResendLastAsync(resend);
    }

    /// <summary>RFC 3261 §17.2.1: timer H means the ACK never came; terminate and tell the TU.</summary>
    private void OnTimerH()
    {
        bool terminated;
        lock (Gate)
        {
            terminated = State == SipTransactionState.Completed && TerminateLocked();
        }

        if (terminated)
        {
            _ = Context.Host.OnServerFailureAsync(this, SipTransactionFailure.Timeout);
            AfterTerminated();
        }
    }

    private void OnTimerI() => TerminateFrom(SipTransactionState.Confirmed);

    private void OnTimerL() => TerminateFrom(SipTransactionState.Accepted);
}
