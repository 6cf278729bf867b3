using Voice.Sip.Message;
using Voice.Sip.Transport;

namespace Voice.Sip.Transaction;

/// <summary>The non-INVITE client transaction of RFC 3261 §17.1.2: Trying → Proceeding → Completed → Terminated.</summary>
public sealed class ClientNonInviteTransaction : SipClientTransaction
{
    private readonly TransactionTimer _timerE;
    private readonly TransactionTimer _timerF;
    private readonly TransactionTimer _timerK;

    internal ClientNonInviteTransaction(SipTransactionKey key, SipRequest request, SipEndPoint destination, TransactionContext context)
        : base(key, request, destination, context)
    {
        State = SipTransactionState.Trying;
        _timerE = CreateTimer(OnTimerE);
        _timerF = CreateTimer(OnTimerF);
        _timerK = CreateTimer(OnTimerK);
    }

    internal override async Task StartAsync()
    {
        lock (Gate)
        {
            // RFC 3261 §17.1.2.2: timer E only for unreliable transports; timer F always.
            if (!Destination.IsReliable)
            {
                _timerE.Start(Options.T1);
            }

            _timerF.Start(Options.TimerF);
        }

        await SendRequestAsync().ConfigureAwait(false);
    }

    internal override Task OnResponseAsync(SipInboundMessage inbound)
    {
        var response = (SipResponse)inbound.Message;
        bool deliver;
        var terminated = false;
        lock (Gate)
        {
            deliver = State is SipTransactionState.Trying or SipTransactionState.Proceeding;
            if (deliver && response.IsProvisional)
            {
                if (State == SipTransactionState.Trying)
                {
                    MoveTo(SipTransactionState.Proceeding);
                }
            }
            else if (deliver)
            {
                // RFC 3261 §17.1.2.2: a final response stops E and F; timer K absorbs its retransmissions.
                _timerE.Stop();
                _timerF.Stop();
                MoveTo(SipTransactionState.Completed);
                StartOrTerminate(_timerK, Options.TimerK(Destination.IsReliable), ref terminated);
            }
        }

        if (deliver && response.IsProvisional)
        {
            DeliverProvisional(response);
        }
        else if (deliver)
        {
            Complete(SipClientOutcome.Response, response);
        }

        if (terminated)
        {
            AfterTerminated();
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// RFC 3261 §17.1.2.2: in Trying the interval doubles up to T2; once a provisional response arrived
    /// (Proceeding) the request is retransmitted every T2.
    /// </summary>
    private void OnTimerE()
    {
        lock (Gate)
        {
            if (State == SipTransactionState.Trying)
            {
                _timerE.Start(Min(_timerE.Interval * 2, Options.T2));
            }
            else if (State == SipTransactionState.Proceeding)
            {
                _timerE.Start(Options.T2);
            }
            else
            {
                return;
            }
        }

        _ = SendRequestAsync();
    }

    private void OnTimerF() => TerminateLocally(
        SipClientOutcome.Timeout, state => state is SipTransactionState.Trying or SipTransactionState.Proceeding);

    private void OnTimerK() => TerminateFrom(SipTransactionState.Completed);

    private async Task SendRequestAsync()
    {
        if (await TrySendAsync(Request, Destination).ConfigureAwait(false))
        {
            return;
        }

        // RFC 3261 §17.1.4: a transport error terminates the transaction and the TU is told (as a 503).
        TerminateLocally(SipClientOutcome.TransportError);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
