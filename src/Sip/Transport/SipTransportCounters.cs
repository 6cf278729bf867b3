using Voice.Sip.Message;

namespace Voice.Sip.Transport;

/// <summary>
/// What the transport layer did with every message, for metrics. Thread-safe: receive loops and senders
/// increment concurrently; readers see each counter atomically (not a consistent snapshot across counters).
/// </summary>
public sealed class SipTransportCounters
{
    private readonly long[] _rejectsByError = new long[Enum.GetValues<SipError>().Length];
    private long _received;
    private long _parsed;
    private long _rejected;
    private long _errorResponsesSent;
    private long _dropped;
    private long _sent;
    private long _sendFailures;
    private long _sentOverTcpBecauseOfSize;
    private long _handlerFailures;
    private long _keepAlivePings;
    private long _tcpConnectionsAccepted;
    private long _tcpConnectionsOpened;
    private long _tcpConnectionsClosed;

    /// <summary>Datagrams and framed stream messages that arrived (keep-alives excluded).</summary>
    public long Received => Interlocked.Read(ref _received);

    /// <summary>Messages that parsed and validated.</summary>
    public long Parsed => Interlocked.Read(ref _parsed);

    /// <summary>Messages refused by the parser, validator or stream framer, whatever happened next.</summary>
    public long Rejected => Interlocked.Read(ref _rejected);

    /// <summary>Error responses (400, 505, 513…) sent back for rejected requests.</summary>
    public long ErrorResponsesSent => Interlocked.Read(ref _errorResponsesSent);

    /// <summary>Messages discarded without an answer: unanswerable rejects, foreign responses (RFC 3261 §18.1.2), no handler.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public long Sent => Interlocked.Read(ref _sent);

    public long SendFailures => Interlocked.Read(ref _sendFailures);

    /// <summary>Requests meant for UDP that went over TCP because of their size (RFC 3261 §18.1.1).</summary>
    public long SentOverTcpBecauseOfSize => Interlocked.Read(ref _sentOverTcpBecauseOfSize);

    public long HandlerFailures => Interlocked.Read(ref _handlerFailures);

    /// <summary>RFC 5626 §3.5.1 double-CRLF pings answered.</summary>
    public long KeepAlivePings => Interlocked.Read(ref _keepAlivePings);

    public long TcpConnectionsAccepted => Interlocked.Read(ref _tcpConnectionsAccepted);

    public long TcpConnectionsOpened => Interlocked.Read(ref _tcpConnectionsOpened);

    public long TcpConnectionsClosed => Interlocked.Read(ref _tcpConnectionsClosed);

    /// <summary>Rejects for one specific error.</summary>
    public long RejectsFor(SipError error) => Interlocked.Read(ref _rejectsByError[(int)error]);

    internal void OnReceived() => Interlocked.Increment(ref _received);

    internal void OnParsed() => Interlocked.Increment(ref _parsed);

    internal void OnRejected(SipError error)
    {
        Interlocked.Increment(ref _rejected);
        Interlocked.Increment(ref _rejectsByError[(int)error]);
    }

    internal void OnErrorResponseSent() => Interlocked.Increment(ref _errorResponsesSent);

    internal void OnDropped() => Interlocked.Increment(ref _dropped);

    internal void OnSent() => Interlocked.Increment(ref _sent);

    internal void OnSendFailure() => Interlocked.Increment(ref _sendFailures);

    internal void OnSentOverTcpBecauseOfSize() => Interlocked.Increment(ref _sentOverTcpBecauseOfSize);

    internal void OnHandlerFailure() => Interlocked.Increment(ref _handlerFailures);

    internal void OnKeepAlivePing() => Interlocked.Increment(ref _keepAlivePings);

    internal void OnTcpConnectionAccepted() => Interlocked.Increment(ref _tcpConnectionsAccepted);

    internal void OnTcpConnectionOpened() => Interlocked.Increment(ref _tcpConnectionsOpened);

    internal void OnTcpConnectionClosed() => Interlocked.Increment(ref _tcpConnectionsClosed);
}
