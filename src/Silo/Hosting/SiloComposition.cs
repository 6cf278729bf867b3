using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Voice.Gateway.Media;
using Voice.Gateway.Rest;
using Voice.Gateway.Sip;
using Voice.Gateway.Sip.Calls;
using Voice.Grains;
using Voice.Grains.Calls;
using Voice.Redis.Connection;
using Voice.Runtime.Hosting;
using Voice.Runtime.Http;
using Voice.Runtime.Redis.Hosting;
using Voice.Silo.Endpoints;
using Voice.Silo.Options;

namespace Voice.Silo.Hosting;

/// <summary>
/// Builds the node: listeners, the grain runtime with the grains, embedded or Redis cluster mode, node components
/// (<see cref="AddNodeComponents"/>: gateways), the HTTP endpoints, and the drain step of a graceful stop.
/// </summary>
public static class SiloComposition
{
    public static WebApplication Build(SiloOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Our own parser owns the command line; ASP.NET Core gets no args so it cannot reinterpret them.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => ConfigureListeners(kestrel, options));
        AddNodeServices(builder.Services, options);
        AddNodeComponents(builder.Services, options);

        // Last, so the host (which stops services in reverse order) runs its drain before the cluster's handover.
        builder.Services.AddHostedService<SiloDrainService>();

        var app = builder.Build();
        MapEndpoints(app, options);
        return app;
    }

    /// <summary>Runtime, grains, storage mode and the host's own services.</summary>
    public static void AddNodeServices(IServiceCollection services, SiloOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<SiloReadiness>();
        services.AddSingleton<TenantApplier>();
        services.AddGrainRuntime(o => o.NodeId = options.NodeId);
        services.AddVoiceGrains();
        services.Configure<CallThreadOptions>(calls => calls.NoAnswerTimeout = options.NoAnswerTimeout);
        if (options.Mode == SiloMode.Embedded)
        {
            services.AddSingleton<ISiloClusterStatus>(new EmbeddedClusterStatus(options.NodeId));
            return;
        }

        services.AddGrainRemoting();
        services.AddRedisClustering(o =>
        {
            o.Client = new RedisClientOptions { EndPoint = options.Redis! };
            o.HttpAddress = options.InternalAddress;
            o.SipAddress = $"{options.AdvertiseHost}:{options.SipPort}";
        });
        services.AddSingleton<RedisClusterStatus>();
        services.AddSingleton<ISiloClusterStatus>(sp => sp.GetRequiredService<RedisClusterStatus>());
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<RedisClusterStatus>());
    }

    /// <summary>
    /// The components that run on every node besides the runtime. The SIP gateway (src/Gateway) registers here:
    /// <c>services.AddSipGateway(...)</c> with <see cref="SiloOptions.SipPort"/> (from <c>--sip-port</c> /
    /// <c>VOICE_SIP_PORT</c>) and <see cref="SiloOptions.ListenAddress"/>; it can also take <see cref="SiloOptions"/>
    /// and <see cref="SiloReadiness"/> from DI (draining: answer new INVITEs 503 + Retry-After).
    /// </summary>
    public static void AddNodeComponents(IServiceCollection services, SiloOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.AddRestGateway(rest => rest.SigningKey = options.TokenKey);
        services.AddConferenceMixer(media =>
        {
            media.BindAddress = options.ListenAddress;
            media.AdvertisedAddress = options.MediaAddress.ToString();
            (media.PortRangeStart, media.PortRangeEnd) = options.MediaPorts;
        });
        services.AddSipGateway(gateway =>
        {
            var sip = new IPEndPoint(options.ListenAddress, options.SipPort);
            gateway.UdpListenEndPoints.Clear();
            gateway.UdpListenEndPoints.Add(sip);
            gateway.TcpListenEndPoints.Clear();
            gateway.TcpListenEndPoints.Add(sip);
            gateway.AdvertisedHost = string.IsNullOrEmpty(options.AdvertiseHost) ? null : options.AdvertiseHost;
            gateway.DigestAlgorithms.Clear();
            foreach (var algorithm in options.DigestAlgorithms)
            {
                gateway.DigestAlgorithms.Add(algorithm);
            }
        });
    }

    private static void ConfigureListeners(KestrelServerOptions kestrel, SiloOptions options)
    {
        kestrel.Listen(options.ListenAddress, options.HttpPort, listen => listen.Protocols = HttpProtocols.Http1);
        if (options.Mode == SiloMode.Cluster)
        {
            kestrel.ListenForGrainRemoting(new IPEndPoint(options.ListenAddress, options.InternalPort));
        }
    }

    private static void MapEndpoints(WebApplication app, SiloOptions options)
    {
        HealthEndpoints.Map(app);
        MetricsEndpoint.Map(app);
        AdminTenantEndpoints.Map(app);
        EventStreamEndpoint.Map(app, EventStreamEndpoint.DefaultKeepAlive);
        app.UseRestGateway();
        app.MapRestGateway();
        if (options.Mode == SiloMode.Cluster)
        {
            // Node-to-node calls only on the internal port, never on the public one.
            app.MapGrainRemoting().RequireHost($"*:{options.InternalPort}");
            app.MapSipEdge().RequireHost($"*:{options.InternalPort}");
            app.MapMediaEdge().RequireHost($"*:{options.InternalPort}");
        }
    }
}
