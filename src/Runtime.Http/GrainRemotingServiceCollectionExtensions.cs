using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Voice.Runtime.Remoting;

namespace Voice.Runtime.Http;

/// <summary>DI registration of HTTP/2 remoting. The host supplies an <see cref="INodeAddressBook"/> and the ISlotTable.</summary>
public static class GrainRemotingServiceCollectionExtensions
{
    public static IServiceCollection AddGrainRemoting(this IServiceCollection services, Action<HttpRemotingOptions>? configure = null)
    {
        var builder = services.AddOptions<HttpRemotingOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HttpRemoteGrainInvoker>();
        services.AddSingleton<IRemoteGrainInvoker>(sp => sp.GetRequiredService<HttpRemoteGrainInvoker>());
        services.TryAddSingleton<GrainRemotingEndpoint>();
        return services;
    }
}
