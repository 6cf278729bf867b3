using System.Collections.Concurrent;
using Voice.Sip.Message;
using Voice.Sip.Transaction;
using Voice.Sip.Transport;

namespace Voice.Sip.UserAgent;

/// <summary>
/// RFC 3261 §13.3.1.4: the UAS core, not the transaction, keeps a 2xx to INVITE alive — it re-sends the
/// response at T1, 2·T1, … capped at T2 until the ACK arrives, and gives up after 64·T1 (the TU should then
/// end the dialog with BYE). This happens on every transport, because a UDP hop may sit further along the path.
/// </summary>
public sealed class InviteSuccessRetransmitter : IDisposable
{
    private readonly ISipMessageSender _sender;
    private readonly SipTransactionOptions _options;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<(string CallId, long CSeq), PendingSuccess> _pending = new();
    private long _retransmissions;

    public InviteSuccessRetransmitter(ISipMessageSender sender, SipTransactionOptions options, TimeProvider timeProvider)
    {
        _sender = sender;
        _options = options;
        _time = timeProvider;
    }

    /// <summary>2xx responses still waiting for their ACK.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>How many times a 2xx was re-sent (for tests and metrics).</summary>
    public long Retransmissions => Interlocked.Read(ref _retransmissions);

    /// <summary>Starts re-sending <paramref name="success"/> (already sent once) until <see cref="Acknowledge"/> matches it.</summary>
    /// <param name="onGiveUp">Called when 64·T1 passes without ACK (RFC 3261 §13.3.1.4: the UAS should then send BYE).</param>
    public void Start(SipResponse success, SipEndPoint destination, Action<SipResponse>? onGiveUp = null)
    {
        var key = (success.CallId, success.CSeq.Number);
        var pending = new PendingSuccess(this, key, success, destination, onGiveUp);
        if (_pending.TryAdd(key, pending))
        {
            pending.Arm();
        }
        else
        {
            pending.Dispose();
        }
    }

    /// <summary>Stops the retransmission the ACK answers (same Call-ID and CSeq number); false when none matched.</summary>
    public bool Acknowledge(SipRequest ack)
    {
        if (!_pending.TryRemove((ack.CallId, ack.CSeq.Number), out var pending))
        {
            return false;
        }

        pending.Dispose();
        return true;
    }

    public void Dispose()
    {
        foreach (var key in _pending.Keys)
        {
            if (_pending.TryRemove(key, out var pending))
            {
                pending.Dispose();
            }
        }
    }

    private sealed class PendingSuccess(
        InviteSuccessRetransmitter owner, (string, long) key, SipResponse response, SipEndPoint destination, Action<SipResponse>? onGiveUp)
        : IDisposable
    {
        private readonly object _gate = new();
        private ITimer? _timer;
        private TimeSpan _interval = owner._options.T1;
        private TimeSpan _elapsed = TimeSpan.Zero;
        private bool _disposed;

        public void Arm()
        {
            lock (_gate)
            {
                if (!_disposed)
                {
                    _timer = owner._time.CreateTimer(_ => OnTimer(), null, _interval, Timeout.InfiniteTimeSpan);
                }
            }
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _disposed = true;
                _timer?.Dispose();
            }
        }

        private void OnTimer()
        {
            lock (_gate)
            {
                if (_disposed)
                {
                    return;
                }

                _elapsed += _interval;
                if (_elapsed >= owner._options.TimerH)
                {
                    _disposed = true;
                    _timer?.Dispose();
                    owner._pending.TryRemove(key, out _);
                    onGiveUp?.Invoke(response);
                    return;
                }

                _interval = TimeSpan.FromTicks(Math.Min(_interval.Ticks * 2, owner._options.T2.Ticks));
                _timer?.Change(_interval, Timeout.InfiniteTimeSpan);
            }

            Interlocked.Increment(ref owner._retransmissions);
            _ = SendAsync();
        }

        private async Task SendAsync()
        {
            try
            {
                await owner._sender.SendAsync(response, destination).ConfigureAwait(false);
            }
            catch (Exception e) when (e is System.Net.Sockets.SocketException or IOException or ObjectDisposedException or InvalidOperationException)
            {
                // A failed re-send is retried at the next interval; the give-up timer bounds it.
            }
        }
    }
}
