using Voice.Runtime.Remoting;
using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Voice.Runtime.Hosting;
using Voice.Runtime.Http.Tests.Grains;
using Voice.Runtime.Placement;

namespace Voice.Runtime.Http.Tests.Support;

/// <summary>
/// One runtime node with a real Kestrel h2c listener on 127.0.0.1, port 0. Records the protocol and status of every
/// request it serves.
/// </summary>
public sealed class HttpTestNode : IAsyncDisposable
{
    private readonly WebApplication _app;
    private bool _stopped;

    private HttpTestNode(WebApplication app, string nodeId)
    {
        _app = app;
        NodeId = nodeId;
        Runtime = app.Services.GetRequiredService<GrainRuntime>();
        Invoker = app.Services.GetRequiredService<HttpRemoteGrainInvoker>();
        Endpoint = app.Services.GetRequiredService<GrainRemotingEndpoint>();
    }

    public string NodeId { get; }

    public GrainRuntime Runtime { get; }

    public HttpRemoteGrainInvoker Invoker { get; }

    public Uri Address { get; private set; } = null!;

    /// <summary>(protocol, path) of every request this node received, recorded as it starts (streams are long-lived).</summary>
    public ConcurrentQueue<(string Protocol, string Path)> Requests { get; } = new();

    public GrainRemotingEndpoint Endpoint { get; }

    public static async Task<HttpTestNode> StartAsync(string nodeId, ISlotTable slotTable, StaticNodeAddressBook addressBook, RemoteProbe probe, Action<HttpRemotingOptions>? remoting)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.ListenForGrainRemoting(new IPEndPoint(IPAddress.Loopback, 0)));
        builder.Services.AddSingleton(slotTable);
        builder.Services.AddSingleton<INodeAddressBook>(addressBook);
        builder.Services.AddSingleton(probe);
        builder.Services.AddGrain<IRemoteProbeGrain, RemoteProbeGrain>();
        builder.Services.AddGrainRemoting(options =>
        {
            options.InitialBackoff = TimeSpan.FromMilliseconds(10);
            remoting?.Invoke(options);
        });
        builder.Services.AddGrainRuntime(options =>
        {
            options.NodeId = nodeId;
            options.JsonTypeInfoResolvers.Add(HttpTestJsonContext.Default);
        });
        var app = builder.Build();
        var node = new HttpTestNode(app, nodeId);
        app.Use((context, next) =>
        {
            node.Requests.Enqueue((context.Request.Protocol, context.Request.Path.Value ?? string.Empty));
            return next(context);
        });
        app.MapGrainRemoting();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        node.Address = new Uri(address);
        addressBook.Set(nodeId, node.Address);
        return node;
    }

    /// <summary>Stops the listener (the node goes down); its address stays in the address book.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await Runtime.StopAsync();
        await _app.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
    }
}
