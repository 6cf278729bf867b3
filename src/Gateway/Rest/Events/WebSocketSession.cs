using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Voice.Gateway.Rest.Auth;
using Voice.Gateway.Rest.Json;
using Voice.Gateway.Rest.Problems;
using Voice.Gateway.Rest.Tenants;
using Voice.Runtime.Events;

namespace Voice.Gateway.Rest.Events;

/// <summary>
/// One desktop's WebSocket: it subscribes to topics (its tenant, or one agent; an agent token always its own agent),
/// each from a position so a reconnecting desktop resumes where it stopped; every subscription tails the log on its
/// own and all of them share the socket (one send at a time).
/// </summary>
internal sealed class WebSocketSession(WebSocket socket, AccessToken token, IEventLog log, TenantConfigEditor editor) : IDisposable
{
    private const int MaxMessageBytes = 16 * 1024;
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly Dictionary<int, (CancellationTokenSource Stop, Task Pump)> _subscriptions = [];
    private int _lastSubscription;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            while (await ReceiveAsync(stop.Token).ConfigureAwait(false) is { } message)
            {
                await HandleAsync(message, stop.Token).ConfigureAwait(false);
            }

            await CloseAsync(WebSocketCloseStatus.NormalClosure, "bye").ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException)
        {
            // The desktop went away, or the node is stopping.
            await CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "node stopping").ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            foreach (var (subscriptionStop, pump) in _subscriptions.Values)
            {
                await subscriptionStop.CancelAsync().ConfigureAwait(false);
                await pump.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                subscriptionStop.Dispose();
            }

            _subscriptions.Clear();
        }
    }

    public void Dispose() => _send.Dispose();

    /// <summary>The next whole text message, or null when the desktop closes.</summary>
    private async Task<byte[]?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxMessageBytes)
            {
                await CloseAsync(WebSocketCloseStatus.MessageTooBig, $"messages are limited to {MaxMessageBytes} bytes").ConfigureAwait(false);
                return null;
            }

            if (result.EndOfMessage)
            {
                return buffer.WrittenSpan.ToArray();
            }
        }
    }

    private async Task HandleAsync(byte[] text, CancellationToken cancellationToken)
    {
        var (message, problem) = RequestBodyReader.Parse(text, RestJson.Context.WebSocketClientMessage);
        if (message is null)
        {
            await SendErrorAsync(problem, cancellationToken).ConfigureAwait(false);
            return;
        }

        switch (message.Type)
        {
            case "subscribe":
                await SubscribeAsync(message, cancellationToken).ConfigureAwait(false);
                break;
            case "unsubscribe" when message.Subscription is { } id && _subscriptions.Remove(id, out var subscription):
                await subscription.Stop.CancelAsync().ConfigureAwait(false);
                await subscription.Pump.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                subscription.Stop.Dispose();
                await SendAsync(new WebSocketServerMessage("unsubscribed", id), cancellationToken).ConfigureAwait(false);
                break;
            case "unsubscribe":
                await SendErrorAsync("Unknown subscription", $"there is no subscription {message.Subscription?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none given)"}", cancellationToken).ConfigureAwait(false);
                break;
            default:
                await SendErrorAsync("Unknown message type", $"'{message.Type}' is not a message type; use subscribe or unsubscribe", cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task SubscribeAsync(WebSocketClientMessage message, CancellationToken cancellationToken)
    {
        if (!EventTopics.IsKnown(message.Topic))
        {
            await SendErrorAsync("Unknown event topic", $"'{message.Topic}' is not an event topic; use one of: {string.Join(", ", EventTopics.All)}", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (message.From is < 0)
        {
            await SendErrorAsync("Invalid from position", "from is a stream position: a whole number, 0 or more", cancellationToken).ConfigureAwait(false);
            return;
        }

        var (audience, problem) = await EventAudiences.ResolveAsync(token, message.AgentId, editor).ConfigureAwait(false);
        if (audience is null)
        {
            await SendErrorAsync(problem, cancellationToken).ConfigureAwait(false);
            return;
        }

        var topic = message.Topic!;
        var from = message.From ?? await log.EndPositionAsync(topic, cancellationToken).ConfigureAwait(false);
        var id = ++_lastSubscription;
        await SendAsync(new WebSocketServerMessage("subscribed", id, topic, audience.AgentId, from), cancellationToken).ConfigureAwait(false);
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _subscriptions[id] = (stop, PumpAsync(id, topic, from, audience, stop.Token));
    }

    private async Task PumpAsync(int id, string topic, long from, EventAudience audience, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        try
        {
            await foreach (var entry in log.TailAsync(topic, from, cancellationToken).ConfigureAwait(false))
            {
                if (audience.Sees(entry))
                {
                    buffer.ResetWrittenCount();
                    EventEnvelope.Write(buffer, entry, "event", id);
                    await SendBytesAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException)
        {
            // Unsubscribed, or the socket is gone: the pump ends with it.
        }
    }

    private Task SendErrorAsync(IResult? problem, CancellationToken cancellationToken)
    {
        var details = (problem as ProblemResult)?.Problem;
        return SendErrorAsync(details?.Title ?? "Invalid message", details?.Detail ?? "the message could not be read", cancellationToken);
    }

    private Task SendErrorAsync(string title, string detail, CancellationToken cancellationToken) =>
        SendAsync(new WebSocketServerMessage("error", Title: title, Detail: detail), cancellationToken);

    private Task SendAsync(WebSocketServerMessage message, CancellationToken cancellationToken) =>
        SendBytesAsync(JsonSerializer.SerializeToUtf8Bytes(message, RestJson.Context.WebSocketServerMessage), cancellationToken);

    private async Task SendBytesAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await _send.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _send.Release();
        }
    }

    private async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                await socket.CloseOutputAsync(status, reason, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException)
            {
                // Already gone; nothing to tell.
            }
        }
    }
}
