namespace Voice.Sip.Transaction;

/// <summary>Timers A, B, D, M and transport errors of the INVITE client transaction.</summary>
public sealed partial class ClientInviteTransaction
{
    /// <summary>RFC 3261 §17.1.1.2: retransmit in Calling, doubling the interval each time (not capped by T2).</summary>
    private void OnTimerA() => _ = RetransmitAsync();

    private async Task RetransmitAsync()
    {
        lock (Gate)
        {
            if (State != SipTransactionState.Calling)
            {
                return;
            }

            _timerA.Start(_timerA.Interval * 2);
        }

        if (!await TrySendAsync(Request, Destination).ConfigureAwait(false))
        {
            OnTransportError();
        }
    }

    /// <summary>RFC 3261 §17.1.1.2: timer B in Calling means timeout; the TU is told (synthesized 408).</summary>
    private void OnTimerB() => TerminateLocally(SipClientOutcome.Timeout, state => state == SipTransactionState.Calling);

    private void OnTimerD() => TerminateFrom(SipTransactionState.Completed);

    private void OnTimerM() => TerminateFrom(SipTransactionState.Accepted);

    /// <summary>RFC 3261 §17.1.4 / RFC 6026 §8.4: a transport error terminates the transaction and informs the TU.</summary>
    private void OnTransportError() => TerminateLocally(SipClientOutcome.TransportError);
}
