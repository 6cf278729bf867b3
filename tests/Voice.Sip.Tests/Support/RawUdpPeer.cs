using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Voice.Sip.Tests.Support;

/// <summary>A plain UDP socket on loopback playing the remote SIP element.</summary>
internal sealed class RawUdpPeer : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private readonly Socket _socket;

    public RawUdpPeer(IPAddress address, int port = 0)
    {
        _socket = new Socket(address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        _socket.Bind(new IPEndPoint(address, port));
    }

    public IPEndPoint EndPoint => (IPEndPoint)_socket.LocalEndPoint!;

    public Task SendAsync(string text, IPEndPoint destination) => SendAsync(Encoding.UTF8.GetBytes(text), destination);

    public async Task SendAsync(byte[] data, IPEndPoint destination) =>
        await _socket.SendToAsync(data, SocketFlags.None, destination);

    /// <summary>The next datagram as text; fails the test after a few seconds.</summary>
    public async Task<string> ReceiveAsync()
    {
        var buffer = new byte[65536];
        using var cts = new CancellationTokenSource(Timeout);
        var result = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(EndPoint.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0), cts.Token);
        return Encoding.UTF8.GetString(buffer, 0, result.ReceivedBytes);
    }

    public void Dispose() => _socket.Dispose();
}
