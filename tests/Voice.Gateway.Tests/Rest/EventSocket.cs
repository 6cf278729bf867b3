using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;

namespace Voice.Gateway.Tests.Rest;

/// <summary>A desktop's event WebSocket in a test: send JSON, receive JSON messages with a time limit.</summary>
public sealed class EventSocket(WebSocket socket) : IAsyncDisposable
{
    private static readonly TimeSpan MessageLimit = TimeSpan.FromSeconds(10);

    public static async Task<EventSocket> ConnectAsync(RestApiFactory api, string tenant, string token)
    {
        var client = api.Server.CreateWebSocketClient();
        client.ConfigureRequest = request => request.Headers.Authorization = $"Bearer {token}";
        var socket = await client.ConnectAsync(new Uri($"ws://localhost/api/v1/tenants/{tenant}/ws"), CancellationToken.None);
        return new EventSocket(socket);
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    public async Task<JsonElement> ReceiveAsync()
    {
        using var limit = new CancellationTokenSource(MessageLimit);
        var buffer = new byte[64 * 1024];
        var count = 0;
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(count), limit.Token);
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            count += result.Count;
            if (result.EndOfMessage)
            {
                using var document = JsonDocument.Parse(buffer.AsMemory(0, count));
                return document.RootElement.Clone();
            }
        }
    }

    /// <summary>Receives one message and checks its type.</summary>
    public async Task<JsonElement> ReceiveAsync(string type)
    {
        var message = await ReceiveAsync();
        Assert.True(type == message.GetProperty("type").GetString(), message.GetRawText());
        return message;
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }

        socket.Dispose();
    }
}
