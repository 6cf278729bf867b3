using Voice.Runtime.Remoting;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Voice.Runtime.Hosting;
using Voice.Runtime.Http;
using Voice.Runtime.Placement;

namespace Voice.Runtime.Benchmarks;

/// <summary>A runtime node with a Kestrel h2c listener on 127.0.0.1 (ephemeral port) for cross-node benchmarks.</summary>
internal sealed class RemoteBenchNode(WebApplication app) : IAsyncDisposable
{
    public GrainRuntime Runtime { get; } = app.Services.GetRequiredService<GrainRuntime>();

    public static async Task<RemoteBenchNode> StartAsync(string nodeId, ISlotTable slotTable, StaticNodeAddressBook addressBook)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.ListenForGrainRemoting(new IPEndPoint(IPAddress.Loopback, 0)));
        builder.Services.AddSingleton(slotTable);
        builder.Services.AddSingleton<INodeAddressBook>(addressBook);
        builder.Services.AddGrain<IBenchEchoGrain, BenchEchoGrain>();
        builder.Services.AddGrainRemoting();
        builder.Services.AddGrainRuntime(options => options.NodeId = nodeId);
        var app = builder.Build();
        app.MapGrainRemoting();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        addressBook.Set(nodeId, new Uri(address));
        return new RemoteBenchNode(app);
    }

    public async ValueTask DisposeAsync()
    {
        await Runtime.StopAsync();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
