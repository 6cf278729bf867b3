using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Voice.Sip.Transport;

/// <summary>
/// The SIP transport layer (RFC 3261 §18, RFC 3581): owns the UDP and TCP transports, parses what they
/// receive, answers what cannot be parsed, stamps received/rport, and hands valid messages to one handler.
/// Sends pick the transport from the destination and move large UDP requests to TCP (§18.1.1).
/// </summary>
public sealed partial class SipTransportLayer : ISipMessageSender, ISipPacketSink, IAsyncDisposable
{
    private readonly SipTransportOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private UdpSipTransport? _udp;
    private TcpSipTransport? _tcp;
    private Func<SipInboundMessage, ValueTask>? _handler;
    private IReadOnlyList<SipEndPoint> _localEndPoints = [];
    private int _state;

    public SipTransportLayer(SipTransportOptions options, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        _options = options;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<SipTransportLayer>();
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    public SipTransportCounters Counters { get; } = new();

    /// <summary>Every bound address (ephemeral ports resolved), for building Via sent-by and Contact. Empty before start.</summary>
    public IReadOnlyList<SipEndPoint> LocalEndPoints => _localEndPoints;

    /// <summary>The host upper layers should write in Via and Contact when one is configured (NAT), else null.</summary>
    public string? AdvertisedHost => _options.AdvertisedHost;

    /// <summary>Open TCP connections, inbound and outbound.</summary>
    public int TcpConnectionCount => _tcp?.ConnectionCount ?? 0;

    /// <summary>Registers the single consumer of valid inbound messages (the transaction layer). Its exceptions are logged, never rethrown.</summary>
    public void SetHandler(Func<SipInboundMessage, ValueTask> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Volatile.Write(ref _handler, handler);
    }

    /// <summary>The first bound address of this protocol and family, or null.</summary>
    public SipEndPoint? GetLocalEndPoint(SipTransportProtocol protocol, AddressFamily family)
    {
        foreach (var local in _localEndPoints)
        {
            if (local.Protocol == protocol && local.Address.AddressFamily == family)
            {
                return local;
            }
        }

        return null;
    }

    /// <summary>Binds every configured socket and starts the receive loops. A bind failure undoes what was started.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
        {
            throw new InvalidOperationException("The transport layer was already started.");
        }

        try
        {
            if (_options.UdpListenEndPoints.Count > 0)
            {
                _udp = new UdpSipTransport(_options, this, _logger);
                _udp.Start();
                _localEndPoints = _udp.LocalEndPoints;
            }

            if (_options.TcpListenEndPoints.Count > 0)
            {
                _tcp = new TcpSipTransport(_options, this, Counters, _logger, _timeProvider);
                _tcp.Start();
                _localEndPoints = [.. _udp?.LocalEndPoints ?? [], .. _tcp.LocalEndPoints];
            }
        }
        catch (SocketException)
        {
            await StopAsync(cancellationToken).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops receiving, closes every socket and connection, and waits for the loops to end.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _state, 2) == 2)
        {
            return;
        }

        if (_udp is { } udp)
        {
            await udp.DisposeAsync().ConfigureAwait(false);
        }

        if (_tcp is { } tcp)
        {
            await tcp.DisposeAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);
}
