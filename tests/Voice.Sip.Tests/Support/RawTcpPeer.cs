using System.Net;
using System.Net.Sockets;
using System.Text;
using Voice.Sip.Parsing;

namespace Voice.Sip.Tests.Support;

/// <summary>A plain TCP connection on loopback playing the remote SIP element; reads are framed like SIP.</summary>
internal sealed class RawTcpPeer : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private readonly Socket _socket;
    private readonly List<byte> _pending = [];

    public RawTcpPeer(Socket connected) => _socket = connected;

    public IPEndPoint LocalEndPoint => (IPEndPoint)_socket.LocalEndPoint!;

    public static async Task<RawTcpPeer> ConnectAsync(IPEndPoint server)
    {
        var socket = new Socket(server.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(server);
        return new RawTcpPeer(socket);
    }

    public Task SendAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text));

    public async Task SendAsync(byte[] data) => await _socket.SendAsync(data, SocketFlags.None);

    /// <summary>Exactly <paramref name="count"/> bytes as text.</summary>
    public async Task<string> ReadExactlyAsync(int count)
    {
        while (_pending.Count < count)
        {
            if (await ReadMoreAsync() == 0)
            {
                throw new IOException("Connection closed before the expected bytes arrived.");
            }
        }

        return Take(count);
    }

    /// <summary>The next Content-Length framed SIP message as text.</summary>
    public async Task<string> ReadMessageAsync()
    {
        while (true)
        {
            var status = SipStreamFramer.TryFrame(_pending.ToArray(), SipParserOptions.Default, out var length, out _);
            if (status == FrameStatus.Complete)
            {
                return Take(length);
            }

            if (await ReadMoreAsync() == 0)
            {
                throw new IOException("Connection closed before a whole message arrived.");
            }
        }
    }

    /// <summary>True when the peer closes the connection (read returns 0) within the timeout.</summary>
    public async Task<bool> WaitForCloseAsync()
    {
        try
        {
            while (await ReadMoreAsync() > 0)
            {
            }

            return true;
        }
        catch (SocketException)
        {
            return true;
        }
    }

    public void Dispose() => _socket.Dispose();

    private async Task<int> ReadMoreAsync()
    {
        var buffer = new byte[8192];
        using var cts = new CancellationTokenSource(Timeout);
        var read = await _socket.ReceiveAsync(buffer, SocketFlags.None, cts.Token);
        _pending.AddRange(buffer.AsSpan(0, read));
        return read;
    }

    private string Take(int count)
    {
        var text = Encoding.UTF8.GetString(_pending.GetRange(0, count).ToArray());
        _pending.RemoveRange(0, count);
        return text;
    }
}
