using System.Net.Sockets;
using Voice.Sip.Parsing;

namespace Voice.Sip.Transport;

internal sealed partial class TcpSipConnection
{
    // RFC 5626 §3.5.1: the answer to a double-CRLF ping is a single CRLF pong.
    private static readonly byte[] Pong = "\r\n"u8.ToArray();

    private async Task ReadLoopAsync()
    {
        // Leave the accepting / connecting thread at once.
        await Task.Yield();
        var reason = "closed by peer";
        using var buffer = new StreamReceiveBuffer(_readBufferSize, _parserOptions.MaxMessageSize);
        try
        {
            while (true)
            {
                var memory = buffer.GetWriteMemory();
                if (memory.IsEmpty)
                {
                    reason = "message exceeds the size limit";
                    break;
                }

                var read = await _socket.ReceiveAsync(memory, SocketFlags.None, _closing.Token).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                buffer.Advance(read);
                Touch();
                if (!await DrainFramesAsync(buffer).ConfigureAwait(false))
                {
                    reason = "stream cannot be framed";
                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            reason = "closed locally";
        }
        catch (SocketException e)
        {
            reason = e.SocketErrorCode.ToString();
        }
        catch (Exception e)
        {
            // Last guard: nothing escapes a receive loop.
            Log.TcpReadFailed(_logger, e, Remote.Address);
            reason = "read failed";
        }

        Close(reason);
        Dispose();
    }

    /// <summary>Hands up every complete message in the buffer; false when the stream cannot be framed any further.</summary>
    private async ValueTask<bool> DrainFramesAsync(StreamReceiveBuffer buffer)
    {
        while (true)
        {
            var status = SipStreamFramer.TryFrame(buffer.Data, _parserOptions, out var length, out var error);
            switch (status)
            {
                case FrameStatus.NeedMoreData:
                    return true;
                case FrameStatus.KeepAlivePing:
                    buffer.Consume(length);
                    _sink.OnKeepAlivePing();
                    await SendAsync(Pong, _closing.Token).ConfigureAwait(false);
                    break;
                case FrameStatus.KeepAlivePong:
                    buffer.Consume(length);
                    break;
                case FrameStatus.Complete:
                    var message = buffer.CopyOut(length);
                    buffer.Consume(length);
                    await _sink.OnPacketAsync(new SipPacket(message, Remote, Local)).ConfigureAwait(false);
                    break;
                default:
                    Log.StreamFramingError(_logger, Remote.Address, error);
                    await _sink.OnStreamFramingErrorAsync(new SipPacket(HeaderSection(buffer.Data), Remote, Local), error).ConfigureAwait(false);
                    return false;
            }
        }
    }

    private static byte[] HeaderSection(ReadOnlySpan<byte> data)
    {
        var end = data.IndexOf("\r\n\r\n"u8);
        return end < 0 ? [] : data[..(end + 4)].ToArray();
    }
}
