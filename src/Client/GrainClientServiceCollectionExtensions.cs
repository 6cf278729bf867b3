using Voice.Runtime.Remoting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Voice.Runtime;
using Voice.Runtime.Hosting;
using Voice.Runtime.Http;
using Voice.Runtime.Placement;

namespace Voice.Client;

/// <summary>
/// <c>services.AddGrainClient(...)</c>: a client-only runtime plus HTTP/2 remoting. The host registers the cluster's
/// <see cref="ISlotTable"/> and <see cref="INodeAddressBook"/> (Redis-backed in production, in-memory in tests),
/// before or after this call.
/// </summary>
public static class GrainClientServiceCollectionExtensions
{
    public static IServiceCollection AddGrainClient(
        this IServiceCollection services,
        Action<GrainClientOptions>? configure = null,
        Action<HttpRemotingOptions>? configureRemoting = null)
    {
        var clientOptions = services.AddOptions<GrainClientOptions>();
        if (configure is not null)
        {
            clientOptions.Configure(configure);
        }

        // Registered before the runtime's embedded default, which would name this client as the owner of every slot.
        services.TryAddSingleton<ISlotTable>(_ => throw new InvalidOperationException(
            "AddGrainClient needs the cluster's ISlotTable registered in the service collection."));
        services.TryAddSingleton<GrainClient>();
        services.TryAddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainClient>());
        services.AddGrainRemoting(configureRemoting);
        services.AddGrainRuntime();
        services.AddOptions<GrainRuntimeOptions>().Configure<IOptions<GrainClientOptions>>((runtime, client) =>
        {
            runtime.ClientOnly = true;
            runtime.NodeId = client.Value.ClientId;
            runtime.CallTimeout = client.Value.CallTimeout;
            foreach (var resolver in client.Value.JsonTypeInfoResolvers)
            {
                runtime.JsonTypeInfoResolvers.Add(resolver);
            }
        });
        return services;
    }
}
