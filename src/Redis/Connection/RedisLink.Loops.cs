using System.Buffers;
using Microsoft.Extensions.Logging;
using Voice.Redis.Protocol;

namespace Voice.Redis.Connection;

internal sealed partial class RedisLink
{
    private async Task RunWriterAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        try
        {
            while (await _outbox.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
            {
                buffer.ResetWrittenCount();
                while (buffer.WrittenCount < MaxBatchBytes && _outbox.Reader.TryRead(out PendingCommand? command))
                {
                    if (command.IsFinished)
                    {
                        continue; // timed out or cancelled before it was sent: nothing will answer it
                    }

                    RespCommandWriter.Write(buffer, command.Name, command.Arguments);
                    if (!TryAwaitReply(command))
                    {
                        return;
                    }
                }

                if (buffer.WrittenCount > 0)
                {
                    await _socket.WriteAsync(buffer.WrittenMemory, CancellationToken.None).ConfigureAwait(false);
                }
            }
        }
        catch (Exception ex) when (IsConnectionFault(ex))
        {
            Close(ex);
        }
    }

    /// <summary>Queues for its reply before the bytes are written, so a fast reply always finds its command.</summary>
    private bool TryAwaitReply(PendingCommand command)
    {
        lock (_gate)
        {
            if (!_closed)
            {
                _awaitingReply.Enqueue(command);
                return true;
            }
        }

        command.Fail(new RedisConnectionException($"{command.Name} failed: connection to {_socket.EndPoint} lost"));
        return false;
    }

    private async Task RunReaderAsync()
    {
        try
        {
            while (true)
            {
                RedisReply reply = await _socket.ReadReplyAsync(CancellationToken.None).ConfigureAwait(false);
                if (reply.Type == RedisReplyType.Push)
                {
                    DeliverPush(reply);
                    continue;
                }

                PendingCommand? command;
                lock (_gate)
                {
                    _awaitingReply.TryDequeue(out command);
                }

                if (command is null)
                {
                    throw new RedisProtocolException("Received a reply while no command was waiting for one.");
                }

                command.Complete(reply);
            }
        }
        catch (Exception ex) when (IsConnectionFault(ex))
        {
            Log.LinkFailed(_logger, _socket.EndPoint, ex.Message);
            Close(ex);
        }
    }

#pragma warning disable CA1031 // A subscriber's callback may throw anything; it must not kill the read loop.
    private void DeliverPush(RedisReply reply)
    {
        try
        {
            _onPush(reply);
        }
        catch (Exception ex)
        {
            Log.PushHandlerFailed(_logger, ex);
        }
    }
#pragma warning restore CA1031
}
