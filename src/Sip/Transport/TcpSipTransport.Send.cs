using System.Net;
using System.Net.Sockets;

namespace Voice.Sip.Transport;

internal sealed partial class TcpSipTransport
{
    /// <summary>
    /// Sends over the pooled connection to <paramref name="destination"/>, opening one when there is none
    /// (RFC 3261 §18.1.1 / §18.2.2). Concurrent first sends to one address share a single connect.
    /// </summary>
    public async ValueTask SendAsync(ReadOnlyMemory<byte> data, IPEndPoint destination, CancellationToken cancellationToken)
    {
        var key = IPEndPoints.Normalize(destination);
        // Two attempts: a pooled connection may have closed between lookup and write.
        for (var attempt = 0; ; attempt++)
        {
            var entry = _connections.GetOrAdd(key, k => new Lazy<Task<TcpSipConnection>>(() => ConnectAsync(k)));
            TcpSipConnection connection;
            try
            {
                connection = await entry.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is SocketException or TimeoutException)
            {
                _connections.TryRemove(KeyValuePair.Create(key, entry));
                throw;
            }

            try
            {
                await connection.SendAsync(data, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (attempt == 0 && e is ObjectDisposedException or SocketException)
            {
                connection.Close("write failed");
                _connections.TryRemove(KeyValuePair.Create(key, entry));
            }
        }
    }

    private async Task<TcpSipConnection> ConnectAsync(IPEndPoint destination)
    {
        var socket = new Socket(destination.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timeout = new CancellationTokenSource(_options.TcpConnectTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, _stopping.Token);
        try
        {
            await socket.ConnectAsync(destination, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            socket.Dispose();
            throw new TimeoutException($"TCP connect to {destination} timed out after {_options.TcpConnectTimeout}.");
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        if (_stopping.IsCancellationRequested)
        {
            // Connected just as the transport stopped: nobody would ever close this connection.
            socket.Dispose();
            throw new ObjectDisposedException(nameof(TcpSipTransport));
        }

        var connection = new TcpSipConnection(socket, inbound: false, _options, _context);
        _counters.OnTcpConnectionOpened();
        Log.TcpConnectionOpened(_logger, connection.Remote.Address, "outbound");
        connection.Start();
        return connection;
    }
}
