using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Voice.Gateway.Sip.Calls;
using Voice.Grains.Contracts.Calls;
using Voice.Runtime.Hosting;
using Voice.Runtime.Remoting;

namespace Voice.Gateway.Sip;

/// <summary>DI registration of the SIP gateway; the host must also register the grain runtime (IGrainFactory).</summary>
public static class SipGatewayServiceCollectionExtensions
{
    /// <summary>
    /// Adds the gateway and a hosted service that starts the SIP transports (UDP + TCP listen end points from
    /// <see cref="SipGatewayOptions"/>) and the transaction layer with <see cref="SipGateway"/> as its transaction user.
    /// </summary>
    public static IServiceCollection AddSipGateway(this IServiceCollection services, Action<SipGatewayOptions>? configure = null)
    {
        var builder = services.AddOptions<SipGatewayOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TenantDigestServers>();
        services.TryAddSingleton<SipDigestAuthenticator>();
        services.TryAddSingleton<SipRegistrar>();
        services.TryAddSingleton<RunningSipStack>();
        services.TryAddSingleton<PendingServerTransactions>();
        services.TryAddSingleton<SipLegExecutor>();
        services.TryAddSingleton<SipCallHandler>();
        // Cluster mode has an address book of nodes: actions for another node's flows travel there.
        services.TryAddSingleton<ISipSignalling>(sp => new SipCallSignalling(
            sp.GetRequiredService<SipLegExecutor>(),
            sp.GetRequiredService<IOptions<GrainRuntimeOptions>>(),
            sp.GetService<INodeAddressBook>() is { } book ? new SipEdgeClient(book, sp.GetService<ILogger<SipEdgeClient>>()) : null,
            sp.GetService<ILogger<SipCallSignalling>>()));
        services.TryAddSingleton<SipGateway>();
        services.TryAddSingleton<SipGatewayService>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<SipGatewayService>());
        return services;
    }
}
