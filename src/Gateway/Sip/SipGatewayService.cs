using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Voice.Sip.Transaction;
using Voice.Sip.Transport;

namespace Voice.Gateway.Sip;

/// <summary>
/// Starts the SIP transports (UDP + TCP listeners from <see cref="SipGatewayOptions"/>) and the transaction layer
/// with <see cref="SipGateway"/> as its transaction user; stops them with the host.
/// </summary>
public sealed class SipGatewayService(
    SipGateway gateway,
    RunningSipStack running,
    IOptions<SipGatewayOptions> options,
    TimeProvider time,
    ILoggerFactory? loggerFactory = null) : IHostedService, IAsyncDisposable
{
    private SipTransportLayer? _transport;

    /// <summary>The running transport (null before start), e.g. to find ephemeral ports or counters.</summary>
    public SipTransportLayer? Transport => _transport;

    /// <summary>The running transaction layer (null before start).</summary>
    public SipTransactionLayer? Transactions { get; private set; }

    public SipEndPoint? GetLocalEndPoint(SipTransportProtocol protocol, AddressFamily family = AddressFamily.InterNetwork) =>
        _transport?.GetLocalEndPoint(protocol, family);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var transport = new SipTransportLayer(
            new SipTransportOptions
            {
                UdpListenEndPoints = [.. settings.UdpListenEndPoints],
                TcpListenEndPoints = [.. settings.TcpListenEndPoints],
                AdvertisedHost = settings.AdvertisedHost,
            },
            loggerFactory,
            time);
        var logger = (ILogger?)loggerFactory?.CreateLogger<SipTransactionLayer>() ?? NullLogger.Instance;
        var transactions = new SipTransactionLayer(transport, settings.Transactions, time, logger) { TransactionUser = gateway };
        transport.SetHandler(message => new ValueTask(transactions.HandleInboundAsync(message)));
        await transport.StartAsync(cancellationToken).ConfigureAwait(false);
        _transport = transport;
        Transactions = transactions;
        running.TransportOrNull = transport;
        running.TransactionsOrNull = transactions;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_transport is { } transport)
        {
            _transport = null;
            await transport.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_transport is { } transport)
        {
            _transport = null;
            await transport.DisposeAsync().ConfigureAwait(false);
        }
    }
}
