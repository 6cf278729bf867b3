using Microsoft.Extensions.Logging;
using Voice.Redis.Protocol;

namespace Voice.Redis.Connection;

public sealed partial class RedisConnection
{
    private async Task EnqueueAsync(PendingCommand pending, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task<RedisLink> ready;
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (_link is not null && _link.TryEnqueue(pending))
                {
                    return;
                }

                ready = _linkReady.Task;
            }

            if (!Options.WaitWhileDisconnected)
            {
                throw new RedisConnectionException($"{pending.Name} failed: not connected to {Options.EndPoint}");
            }

            try
            {
                await ready.WaitAsync(Options.DisconnectedWaitTimeout, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException ex)
            {
                throw new RedisConnectionException(
                    $"{pending.Name} failed: not connected to {Options.EndPoint} within {(long)Options.DisconnectedWaitTimeout.TotalMilliseconds} ms", ex);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new ObjectDisposedException(nameof(RedisConnection));
            }
        }
    }

    private async Task<RedisLink> OpenLinkAsync(CancellationToken cancellationToken)
    {
        RedisSocket socket = await RedisSocket.ConnectAsync(Options, _timeProvider, cancellationToken).ConfigureAwait(false);
        try
        {
            using var timeout = new CancellationTokenSource(Options.ConnectTimeout, _timeProvider);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
            RedisProtocolVersion protocol = await RedisHandshake.RunAsync(socket, Options, linked.Token).ConfigureAwait(false);
            if (protocol != Options.Protocol)
            {
                Log.FellBackToResp2(_logger, Options.EndPoint);
            }

            Log.Connected(_logger, Options.EndPoint, protocol);
            return new RedisLink(socket, protocol, OnLinkClosed, reply => PushReceived?.Invoke(reply), _logger);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            await socket.DisposeAsync().ConfigureAwait(false);
            throw new RedisConnectionException($"Handshake with {Options.EndPoint} timed out", ex);
        }
        catch
        {
            await socket.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private bool Publish(RedisLink link)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return false;
            }

            _link = link;
            link.Start();
            _linkReady.TrySetResult(link);
            return true;
        }
    }

    /// <summary>Called by a dying link (before it fails its commands): swap in a fresh wait and reconnect.</summary>
    private void OnLinkClosed(RedisLink link, Exception cause)
    {
        lock (_gate)
        {
            if (_disposed || !ReferenceEquals(_link, link))
            {
                return;
            }

            _link = null;
            _linkReady = new TaskCompletionSource<RedisLink>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        _ = Task.Run(ReconnectAsync);
    }

    private async Task ReconnectAsync()
    {
        for (int attempt = 0; ; attempt++)
        {
            TimeSpan delay = RedisBackoff.Compute(attempt, Options, Random.Shared.NextDouble());
            Log.Reconnecting(_logger, Options.EndPoint, attempt + 1, (long)delay.TotalMilliseconds);
            try
            {
                CancellationToken stopping = _disposal.Token;
                await Task.Delay(delay, _timeProvider, stopping).ConfigureAwait(false);
                RedisLink link = await OpenLinkAsync(stopping).ConfigureAwait(false);
                if (!Publish(link))
                {
                    link.Close(new ObjectDisposedException(nameof(RedisConnection)));
                    return;
                }

                Log.Reconnected(_logger, Options.EndPoint, attempt + 1);
                RaiseReconnected();
                return;
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException && _disposed)
            {
                return;
            }
            catch (RedisException ex)
            {
                Log.ReconnectFailed(_logger, Options.EndPoint, attempt + 1, ex.Message);
            }
        }
    }

#pragma warning disable CA1031 // An event handler may throw anything; it must not stop the connection.
    private void RaiseReconnected()
    {
        try
        {
            Reconnected?.Invoke();
        }
        catch (Exception ex)
        {
            Log.EventHandlerFailed(_logger, ex);
        }
    }
#pragma warning restore CA1031
}
