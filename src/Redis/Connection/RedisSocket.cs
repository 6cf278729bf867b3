using System.Buffers;
using System.Net.Sockets;
using Voice.Redis.Protocol;

namespace Voice.Redis.Connection;

/// <summary>
/// One TCP connection to the server: reads whole replies and writes raw command bytes. Socket and parse
/// failures surface as <see cref="RedisConnectionException"/> / <see cref="RedisProtocolException"/>.
/// Not thread-safe on its own: one reader and one writer at a time (the owners serialize them).
/// </summary>
internal sealed class RedisSocket : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private readonly RespReadBuffer _readBuffer = new();

    private RedisSocket(Socket socket, string endPoint)
    {
        _socket = socket;
        _stream = new NetworkStream(socket, ownsSocket: true);
        EndPoint = endPoint;
    }

    public string EndPoint { get; }

    public static async Task<RedisSocket> ConnectAsync(RedisClientOptions options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        (string host, int port) = options.ParsedEndPoint;
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timeout = new CancellationTokenSource(options.ConnectTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            await socket.ConnectAsync(host, port, linked.Token).ConfigureAwait(false);
            return new RedisSocket(socket, options.EndPoint);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new RedisConnectionException($"Cannot connect to Redis at {options.EndPoint}: {ex.Message}", ex);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public async ValueTask<RedisReply> ReadReplyAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var status = _readBuffer.TryRead(out RedisReply? reply, out RespProtocolError error);
            if (status == RespParseStatus.Complete)
            {
                return reply!;
            }

            if (status == RespParseStatus.Invalid)
            {
                throw new RedisProtocolException(error);
            }

            int read;
            try
            {
                read = await _stream.ReadAsync(_readBuffer.GetWriteMemory(), cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                throw new RedisConnectionException($"Connection to {EndPoint} lost: {ex.Message}", ex);
            }

            if (read == 0)
            {
                throw new RedisConnectionException($"Connection to {EndPoint} closed by the server.");
            }

            _readBuffer.Advance(read);
        }
    }

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        try
        {
            await _stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw new RedisConnectionException($"Connection to {EndPoint} lost: {ex.Message}", ex);
        }
    }

    /// <summary>Sends one command and reads its reply; only for the handshake, before any read loop runs.</summary>
    public async Task<RedisReply> RoundTripAsync(string command, RedisValue[] arguments, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        RespCommandWriter.Write(buffer, command, arguments);
        await WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        return await ReadReplyAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the socket at once; pending reads and writes fail.</summary>
    public void Abort() => _socket.Dispose();

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync().ConfigureAwait(false);
        _socket.Dispose();
    }
}
