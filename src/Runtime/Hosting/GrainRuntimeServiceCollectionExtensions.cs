using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Voice.Runtime.Events;
using Voice.Runtime.Placement;
using Voice.Runtime.Reminders;
using Voice.Runtime.Storage;

namespace Voice.Runtime.Hosting;

/// <summary>DI registration of the runtime; providers default to the in-memory ones unless registered first.</summary>
public static class GrainRuntimeServiceCollectionExtensions
{
    public static IServiceCollection AddGrainRuntime(this IServiceCollection services, Action<GrainRuntimeOptions>? configure = null)
    {
        var optionsBuilder = services.AddOptions<GrainRuntimeOptions>();
        if (configure is not null)
        {
            optionsBuilder.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GrainRuntimeOptions>, GrainRuntimeOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<InMemoryEventLog>();
        services.TryAddSingleton<IEventLog>(sp => sp.GetRequiredService<InMemoryEventLog>());
        services.TryAddSingleton<IGrainStorage>(sp => new InMemoryGrainStorage(sp.GetRequiredService<InMemoryEventLog>()));
        services.TryAddSingleton<IReminderService>(sp => new InMemoryReminderService(
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()?.CreateLogger<InMemoryReminderService>()));
        services.TryAddSingleton<ISlotTable>(sp => new EmbeddedSlotTable(sp.GetRequiredService<IOptions<GrainRuntimeOptions>>().Value.NodeId));
        services.TryAddSingleton<IPlacementDirector, SlotTablePlacementDirector>();
        services.TryAddSingleton<GrainRuntime>();
        services.TryAddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainRuntime>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, GrainRuntimeHostedService>());
        return services;
    }

    public static IServiceCollection AddGrain<TInterface, TClass>(this IServiceCollection services)
        where TInterface : IGrain
        where TClass : Grain, TInterface
    {
        services.AddSingleton(new GrainClassRegistration(typeof(TInterface), typeof(TClass)));
        return services;
    }
}
