using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Voice.Runtime;
using Voice.Runtime.Events;
using Voice.Silo.Endpoints;
using Voice.Testing;

namespace Voice.Cli.Tests.Events;

/// <summary>The node's real <c>/events</c> endpoint on in-process Kestrel (free loopback port) over an in-memory log.</summary>
internal sealed class NodeEventsHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly InMemoryEventLog _log;

    private NodeEventsHost(WebApplication app, InMemoryEventLog log, int port)
    {
        _app = app;
        _log = log;
        Url = $"http://127.0.0.1:{port}";
    }

    public string Url { get; }

    public static async Task<NodeEventsHost> StartAsync()
    {
        var port = FreePort.Tcp();
        var log = new InMemoryEventLog();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.AddSingleton<IEventLog>(log);
        var app = builder.Build();
        EventStreamEndpoint.Map(app, EventStreamEndpoint.DefaultKeepAlive);
        await app.StartAsync();
        return new NodeEventsHost(app, log, port);
    }

    public async Task<EventLogEntry> AppendAsync(string topic, string key, string payload) =>
        (await _log.AppendAsync([new GrainEvent(topic, key, payload)]))[0];

    public Task StopAsync() => _app.StopAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
