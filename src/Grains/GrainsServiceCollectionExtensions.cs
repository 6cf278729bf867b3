using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Voice.Grains.Contracts.Routing;
using Voice.Grains.Routing.Sessions;
using Voice.Grains.Routing.Strategies;
using Voice.Grains.Agents;
using Voice.Grains.Calls;
using Voice.Grains.Contracts;
using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Registrar;
using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.Registrar;
using Voice.Grains.Routing;
using Voice.Grains.Tenancy;
using Voice.Runtime.Hosting;

namespace Voice.Grains;

/// <summary>Registers the grain classes of this project and the JSON metadata of their contracts and state.</summary>
public static class GrainsServiceCollectionExtensions
{
    public static IServiceCollection AddVoiceGrains(this IServiceCollection services)
    {
        services.AddGrain<ITenantGrain, TenantGrain>();
        services.AddGrain<ITenantDirectoryGrain, TenantDirectoryGrain>();
        services.AddGrain<IDeviceGrain, DeviceGrain>();
        services.AddGrain<ICallThreadGrain, CallThreadGrain>();
        services.AddOptions<CallThreadOptions>();
        services.AddGrain<IAgentGrain, AgentGrain>();
        services.AddOptions<AgentOptions>();
        services.AddGrain<IRoutingSessionGrain, RoutingSessionGrain>();
        services.TryAddSingleton(sp => new StrategyRunner(
            sp.GetService<TimeProvider>() ?? TimeProvider.System, null, null, sp.GetService<ILogger<StrategyRunner>>()));
        services.AddGrain<IQueueGrain, QueueGrain>();
        services.AddOptions<QueueOptions>();
        services.Configure<GrainRuntimeOptions>(options =>
        {
            options.JsonTypeInfoResolvers.Add(GrainsContractsJsonContext.Default);
            options.JsonTypeInfoResolvers.Add(GrainsJsonContext.Default);
        });
        return services;
    }
}
