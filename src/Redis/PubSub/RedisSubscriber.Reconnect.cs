using System.Net.Sockets;
using Voice.Redis.Connection;
using Voice.Redis.Protocol;

namespace Voice.Redis.PubSub;

public sealed partial class RedisSubscriber
{
    private async Task OpenAsync(CancellationToken cancellationToken)
    {
        RedisSocket socket = await RedisSocket.ConnectAsync(_options, _timeProvider, cancellationToken).ConfigureAwait(false);
        try
        {
            using var timeout = new CancellationTokenSource(_options.ConnectTimeout, _timeProvider);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
            await RedisHandshake.RunAsync(socket, _options, linked.Token).ConfigureAwait(false);
        }
        catch
        {
            await socket.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        lock (_gate)
        {
            if (_disposed)
            {
                socket.Abort();
                throw new ObjectDisposedException(nameof(RedisSubscriber));
            }

            // A half-finished earlier attempt (resubscribe timed out) must not leave its socket open.
            _socket?.Abort();
            _socket = socket;
        }

        _ = Task.Run(() => ReadLoopAsync(socket), CancellationToken.None);
    }

    private async Task ReadLoopAsync(RedisSocket socket)
    {
        try
        {
            while (true)
            {
                Dispatch(await socket.ReadReplyAsync(CancellationToken.None).ConfigureAwait(false));
            }
        }
        catch (Exception ex) when (ex is RedisException or IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            lock (_gate)
            {
                if (_disposed || !ReferenceEquals(_socket, socket))
                {
                    return;
                }

                _socket = null;
            }

            Log.SubscriberLost(_logger, _options.EndPoint, ex.Message);
            socket.Abort();
            await ReconnectAsync().ConfigureAwait(false);
        }
    }

    private async Task ReconnectAsync()
    {
        for (int attempt = 0; !_disposed; attempt++)
        {
            try
            {
                TimeSpan delay = RedisBackoff.Compute(attempt, _options, Random.Shared.NextDouble());
                await Task.Delay(delay, _timeProvider, _disposal.Token).ConfigureAwait(false);
                await OpenAsync(_disposal.Token).ConfigureAwait(false);
                await ResubscribeAsync().ConfigureAwait(false);
                RaiseReconnected();
                return;
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException && _disposed)
            {
                return;
            }
            catch (RedisException ex)
            {
                Log.ReconnectFailed(_logger, _options.EndPoint, attempt + 1, ex.Message);
            }
        }
    }

    private async Task ResubscribeAsync()
    {
        string[] channels;
        string[] patterns;
        lock (_gate)
        {
            channels = [.. _channels.Keys];
            patterns = [.. _patterns.Keys];
        }

        if (channels.Length > 0)
        {
            await SendAndConfirmAsync("SUBSCRIBE", channels, _disposal.Token).ConfigureAwait(false);
        }

        if (patterns.Length > 0)
        {
            await SendAndConfirmAsync("PSUBSCRIBE", patterns, _disposal.Token).ConfigureAwait(false);
        }

        Log.Resubscribed(_logger, _options.EndPoint, channels.Length, patterns.Length);
    }

#pragma warning disable CA1031 // An event handler may throw anything; it must not stop the subscriber.
    private void RaiseReconnected()
    {
        try
        {
            Reconnected?.Invoke();
        }
        catch (Exception ex)
        {
            Log.HandlerFailed(_logger, "(Reconnected event)", ex);
        }
    }
#pragma warning restore CA1031
}
