using Voice.Runtime.Redis.Adapters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Voice.Runtime.Events;
using Voice.Runtime.Hosting;
using Voice.Runtime.Placement;
using Voice.Runtime.Reminders;
using Voice.Runtime.Storage;

using Voice.Runtime.Remoting;

namespace Voice.Runtime.Redis.Hosting;

/// <summary>DI registration of cluster mode: Redis-backed providers in place of the in-memory ones.</summary>
public static class RedisClusteringServiceCollectionExtensions
{
    /// <summary>
    /// Replaces the runtime's slot table, grain storage, event log and reminder service with the Redis ones and runs
    /// the cluster node with the host (see <see cref="RedisClusterHostedService"/> for the ordering). Works before or
    /// after <c>AddGrainRuntime</c>; this node's id is <see cref="GrainRuntimeOptions.NodeId"/>.
    /// </summary>
    public static IServiceCollection AddRedisClustering(this IServiceCollection services, Action<RedisClusteringOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<RedisClusteringOptions>().Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new RedisClusterHost(
            sp.GetRequiredService<IOptions<RedisClusteringOptions>>().Value,
            sp.GetRequiredService<IOptions<GrainRuntimeOptions>>().Value.NodeId,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()));
        services.Replace(ServiceDescriptor.Singleton<ISlotTable>(sp => sp.GetRequiredService<RedisClusterHost>().SlotTable));
        services.Replace(ServiceDescriptor.Singleton<IGrainStorage>(sp => sp.GetRequiredService<RedisClusterHost>().Storage));
        services.Replace(ServiceDescriptor.Singleton<IEventLog>(sp => sp.GetRequiredService<RedisClusterHost>().EventLog));
        services.Replace(ServiceDescriptor.Singleton<IReminderService>(sp => sp.GetRequiredService<RedisClusterHost>().Reminders));
        // Where other nodes listen for grain calls: their announced HTTP address in the live membership view.
        services.Replace(ServiceDescriptor.Singleton<INodeAddressBook>(sp => new MembershipAddressBook(sp.GetRequiredService<RedisClusterHost>())));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, RedisClusterHostedService>());
        return services;
    }
}
