using System.Net.Sockets;
using Voice.Sip.Message;

namespace Voice.Sip.Transport;

public sealed partial class SipTransportLayer
{
    /// <summary>
    /// Sends over the destination's protocol. TCP reuses the pooled connection to that address (the one a
    /// request arrived on, for responses) or opens one. Failures are counted, logged and rethrown so the
    /// transaction layer can report a transport error (RFC 3261 §17.1.4). Messages sent over TCP get a
    /// matching Content-Length (§18.3); a large UDP request may have its top Via rewritten (§18.1.1).
    /// </summary>
    public async ValueTask SendAsync(SipMessage message, SipEndPoint destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(destination);
        try
        {
            switch (destination.Protocol)
            {
                case SipTransportProtocol.Udp:
                    await SendUdpAsync(message, destination, cancellationToken).ConfigureAwait(false);
                    break;
                case SipTransportProtocol.Tcp:
                    await SendTcpAsync(message, destination, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    throw new NotSupportedException($"No {destination.Protocol} transport is available.");
            }

            Counters.OnSent();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Counters.OnSendFailure();
            Log.SendFailed(_logger, e, destination);
            throw;
        }
    }

    private async ValueTask SendTcpAsync(SipMessage message, SipEndPoint destination, CancellationToken cancellationToken)
    {
        var tcp = _tcp ?? throw new InvalidOperationException("TCP is not enabled or the layer is not started.");
        message.EnsureContentLength();
        await tcp.SendAsync(message.ToBytes(), destination.Address, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask SendUdpAsync(SipMessage message, SipEndPoint destination, CancellationToken cancellationToken)
    {
        var datagram = message.ToBytes();
        if (message is SipRequest request && datagram.Length > _options.MaxUdpMessageSize
            && await TrySendOverTcpBecauseOfSizeAsync(request, destination, datagram.Length, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var udp = _udp ?? throw new InvalidOperationException("UDP is not enabled or the layer is not started.");
        await udp.SendAsync(datagram, destination.Address, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// RFC 3261 §18.1.1: a request larger than 1300 bytes (path MTU unknown) MUST go over a congestion
    /// controlled transport, with the top Via changed to match; if the connection is refused or reset the
    /// request SHOULD be retried over UDP. False when it must go over UDP after all.
    /// </summary>
    private async ValueTask<bool> TrySendOverTcpBecauseOfSizeAsync(SipRequest request, SipEndPoint destination, int size, CancellationToken cancellationToken)
    {
        if (_tcp is not { } tcp || GetLocalEndPoint(SipTransportProtocol.Tcp, destination.Address.AddressFamily) is not { } tcpLocal
            || !ViaStamping.SwitchTransport(request, "TCP", tcpLocal.Address.Port, out var originalVia))
        {
            return false;
        }

        request.EnsureContentLength();
        var tcpDestination = destination with { Protocol = SipTransportProtocol.Tcp };
        try
        {
            await tcp.SendAsync(request.ToBytes(), tcpDestination.Address, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.ConnectionRefused or SocketError.ConnectionReset or SocketError.ProtocolNotSupported)
        {
            ViaStamping.Restore(request, originalVia);
            Log.FellBackToUdp(_logger, destination);
            return false;
        }
        catch
        {
            // Leave the message as the caller built it, so a retransmission starts from the same Via.
            ViaStamping.Restore(request, originalVia);
            throw;
        }

        Counters.OnSentOverTcpBecauseOfSize();
        Log.SwitchedToTcp(_logger, size, destination);
        return true;
    }
}
