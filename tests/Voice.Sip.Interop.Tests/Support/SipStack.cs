using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Voice.Sip.Transaction;
using Voice.Sip.Transport;

namespace Voice.Sip.Interop.Tests.Support;

/// <summary>Transport + transaction layers of Voice.Sip wired together on 127.0.0.1 (UDP and TCP, ephemeral ports).</summary>
internal sealed class SipStack : IAsyncDisposable
{
    private SipStack(SipTransportLayer transport, SipTransactionLayer transactions)
    {
        Transport = transport;
        Transactions = transactions;
    }

    public SipTransportLayer Transport { get; }

    public SipTransactionLayer Transactions { get; }

    public static SipTransactionOptions TransactionOptions { get; } = new();

    public static async Task<SipStack> StartAsync(ISipTransactionUser user)
    {
        var transport = new SipTransportLayer(new SipTransportOptions
        {
            UdpListenEndPoints = [new IPEndPoint(IPAddress.Loopback, 0)],
            TcpListenEndPoints = [new IPEndPoint(IPAddress.Loopback, 0)],
        });
        var transactions = new SipTransactionLayer(transport, TransactionOptions, TimeProvider.System, NullLogger.Instance)
        {
            TransactionUser = user,
        };
        transport.SetHandler(m => new ValueTask(transactions.HandleInboundAsync(m)));
        await transport.StartAsync();
        return new SipStack(transport, transactions);
    }

    public SipEndPoint Local(SipTransportProtocol protocol) =>
        Transport.GetLocalEndPoint(protocol, AddressFamily.InterNetwork) ?? throw new InvalidOperationException($"no {protocol} listener");

    public ValueTask DisposeAsync() => Transport.DisposeAsync();
}
