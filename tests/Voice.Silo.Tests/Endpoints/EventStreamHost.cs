using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Voice.Runtime.Events;
using Voice.Silo.Endpoints;
using Voice.Testing;

namespace Voice.Silo.Tests.Endpoints;

/// <summary>Kestrel on a free loopback port serving only <see cref="EventStreamEndpoint"/> over a <see cref="TrackedEventLog"/>.</summary>
internal sealed class EventStreamHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EventStreamHost(WebApplication app, TrackedEventLog log, int port)
    {
        _app = app;
        Log = log;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public TrackedEventLog Log { get; }

    public HttpClient Http { get; }

    public static async Task<EventStreamHost> StartAsync(TimeSpan keepAlive)
    {
        var port = FreePort.Tcp();
        var log = new TrackedEventLog();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.AddSingleton<IEventLog>(log);
        var app = builder.Build();
        EventStreamEndpoint.Map(app, keepAlive);
        await app.StartAsync();
        return new EventStreamHost(app, log, port);
    }

    public Task<(HttpResponseMessage Response, SseFrameReader Reader)> OpenAsync(string query, string? lastEventId = null) =>
        EventStreamClient.OpenAsync(Http, query, lastEventId);

    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.DisposeAsync();
    }
}
