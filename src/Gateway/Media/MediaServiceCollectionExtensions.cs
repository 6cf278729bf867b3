using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Voice.Grains.Contracts.Media;
using Voice.Media.Conference;
using Voice.Runtime.Hosting;
using Voice.Runtime.Remoting;

namespace Voice.Gateway.Media;

/// <summary>DI registration of the node's conference mixer (the <see cref="IConferenceMixer"/> call threads use).</summary>
public static class MediaServiceCollectionExtensions
{
    public static IServiceCollection AddConferenceMixer(this IServiceCollection services, Action<ConferenceBridgeOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var options = new ConferenceBridgeOptions();
            configure(options);
            return new ConferenceBridge(options, sp.GetRequiredService<TimeProvider>(), sp.GetService<ILogger<ConferenceBridge>>());
        });
        services.TryAddSingleton<IConferenceMixer>(sp => new ConferenceMixerService(
            sp.GetRequiredService<ConferenceBridge>(),
            sp.GetRequiredService<IOptions<GrainRuntimeOptions>>(),
            // Cluster mode has an address book of nodes: rooms of other nodes are reached there.
            sp.GetService<INodeAddressBook>() is { } book ? new MediaEdgeClient(book) : null,
            sp.GetService<ILogger<ConferenceMixerService>>()));
        return services;
    }
}
