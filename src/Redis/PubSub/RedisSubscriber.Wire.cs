using System.Buffers;
using Voice.Redis.Connection;
using Voice.Redis.Protocol;

namespace Voice.Redis.PubSub;

public sealed partial class RedisSubscriber
{
    /// <summary>Sends a (P)(UN)SUBSCRIBE and waits until the server confirmed every name in it.</summary>
    private async Task SendAndConfirmAsync(string command, string[] names, CancellationToken cancellationToken)
    {
        // The confirmation's kind is the command in lower case: "subscribe", "punsubscribe", ...
        string kind = command.ToLowerInvariant();
        var confirmations = new List<Task>(names.Length);
        lock (_gate)
        {
            foreach (string name in names)
            {
                string key = kind + "\n" + name;
                if (!_confirmations.TryGetValue(key, out TaskCompletionSource? waiter))
                {
                    waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    _confirmations[key] = waiter;
                }

                confirmations.Add(waiter.Task);
            }
        }

        RedisSocket socket = Volatile.Read(ref _socket)
            ?? throw new RedisConnectionException($"{command} failed: subscriber not connected to {_options.EndPoint}");
        var buffer = new ArrayBufferWriter<byte>();
        RespCommandWriter.Write(buffer, command, [.. names.Select(name => (RedisValue)name)]);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }
        catch (ObjectDisposedException ex)
        {
            throw new RedisConnectionException($"{command} failed: subscriber connection to {_options.EndPoint} lost", ex);
        }
        finally
        {
            _writeLock.Release();
        }

        try
        {
            await Task.WhenAll(confirmations).WaitAsync(_options.CommandTimeout, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new RedisTimeoutException(command, _options.CommandTimeout);
        }
    }

    /// <summary>Handles one frame: RESP3 push or RESP2 array, [kind, ...].</summary>
    private void Dispatch(RedisReply frame)
    {
        if (frame.IsError)
        {
            Log.ServerError(_logger, frame.AsString() ?? string.Empty);
            return;
        }

        if (!frame.IsAggregate || frame.Elements.Count < 3)
        {
            return;
        }

        string kind = frame.Elements[0].AsString()?.ToLowerInvariant() ?? string.Empty;
        switch (kind)
        {
            case "message":
                Deliver(_channels, frame.Elements[1].AsString()!, new RedisChannelMessage(frame.Elements[1].AsString()!, frame.Elements[2].ToValue()));
                break;
            case "pmessage" when frame.Elements.Count >= 4:
                string pattern = frame.Elements[1].AsString()!;
                Deliver(_patterns, pattern, new RedisChannelMessage(frame.Elements[2].AsString()!, frame.Elements[3].ToValue(), pattern));
                break;
            case "subscribe" or "psubscribe" or "unsubscribe" or "punsubscribe":
                Confirm(kind + "\n" + frame.Elements[1].AsString());
                break;
        }
    }

    private void Confirm(string key)
    {
        TaskCompletionSource? waiter;
        lock (_gate)
        {
            if (_confirmations.Remove(key, out waiter))
            {
                waiter.TrySetResult();
            }
        }
    }

#pragma warning disable CA1031 // A handler may throw anything; it must not stop delivery to other handlers.
    private void Deliver(Dictionary<string, Action<RedisChannelMessage>> registry, string name, RedisChannelMessage message)
    {
        Action<RedisChannelMessage>? handler;
        lock (_gate)
        {
            registry.TryGetValue(name, out handler);
        }

        try
        {
            handler?.Invoke(message);
        }
        catch (Exception ex)
        {
            Log.HandlerFailed(_logger, message.Channel, ex);
        }
    }
#pragma warning restore CA1031
}
