using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Voice.Sip.Message;
using Voice.Sip.Transport;

namespace Voice.Sip.Transaction;

/// <summary>
/// Shared plumbing of the four RFC 3261 §17 state machines: state under one lock, timers from the
/// injected <see cref="TimeProvider"/>, sending with transport-error detection, and termination bookkeeping.
/// State changes happen under <see cref="Gate"/>; sends and TU callbacks happen outside it, so a TU may
/// answer from inside a callback without deadlocking.
/// </summary>
public abstract class SipTransaction
{
    private readonly List<TransactionTimer> _timers = [];

    private protected SipTransaction(SipTransactionKey key, SipRequest request, TransactionContext context)
    {
        Key = key;
        Request = request;
        Context = context;
    }

    public SipTransactionKey Key { get; }

    /// <summary>The request that created the transaction.</summary>
    public SipRequest Request { get; }

    public SipTransactionState State { get; private protected set; }

    public bool IsTerminated => State == SipTransactionState.Terminated;

    private protected TransactionContext Context { get; }

    private protected object Gate { get; } = new();

    private protected SipTransactionOptions Options => Context.Options;

    private protected TransactionTimer CreateTimer(Action callback)
    {
        var timer = new TransactionTimer(Context.TimeProvider, callback);
        _timers.Add(timer);
        return timer;
    }

    /// <summary>Sends; false when the transport threw (RFC 3261 §17.1.4 / §17.2.4 transport error).</summary>
    private protected async Task<bool> TrySendAsync(SipMessage message, SipEndPoint destination)
    {
        try
        {
            await Context.Sender.SendAsync(message, destination).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (IsTransportFailure(ex))
        {
            Log.TransportError(Context.Logger, Key, destination, ex);
            return false;
        }
    }

    /// <summary>Moves to Terminated (once), stops every timer and lets the layer forget the transaction.</summary>
    private protected bool TerminateLocked()
    {
        if (State == SipTransactionState.Terminated)
        {
            return false;
        }

        Log.StateChanged(Context.Logger, Key, State, SipTransactionState.Terminated);
        State = SipTransactionState.Terminated;
        foreach (var timer in _timers)
        {
            timer.Dispose();
        }

        return true;
    }

    /// <summary>Releases the timers of a transaction that lost a registration race and was never used.</summary>
    internal void Abandon()
    {
        lock (Gate)
        {
            TerminateLocked();
        }
    }

    /// <summary>Called after <see cref="TerminateLocked"/> returned true, outside the lock.</summary>
    private protected void AfterTerminated() => Context.Host.OnTerminated(this);

    /// <summary>Terminates when still in <paramref name="expected"/> (a timer that lost a race with another event does nothing).</summary>
    private protected void TerminateFrom(SipTransactionState expected)
    {
        bool terminated;
        lock (Gate)
        {
            terminated = State == expected && TerminateLocked();
        }

        if (terminated)
        {
            AfterTerminated();
        }
    }

    private protected void MoveTo(SipTransactionState next)
    {
        Log.StateChanged(Context.Logger, Key, State, next);
        State = next;
    }

    /// <summary>A zero-length timer (reliable transport) terminates at once instead of arming a timer.</summary>
    private protected void StartOrTerminate(TransactionTimer timer, TimeSpan due, ref bool terminated)
    {
        if (due <= TimeSpan.Zero)
        {
            terminated = TerminateLocked();
        }
        else
        {
            timer.Start(due);
        }
    }

    // Precise list of what a transport reports as "could not send" (RFC 3261 §18.4: ICMP errors, refused connections).
    private static bool IsTransportFailure(Exception ex) =>
        ex is SocketException or IOException or ObjectDisposedException or InvalidOperationException;
}
