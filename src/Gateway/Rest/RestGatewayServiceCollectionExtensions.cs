using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Voice.Gateway.Rest.Auth;
using Voice.Gateway.Rest.Json;
using Voice.Gateway.Rest.Tenants;

namespace Voice.Gateway.Rest;

/// <summary>Registers the REST gateway's services; map it with <see cref="RestGatewayEndpoints.MapRestGateway"/>.</summary>
public static class RestGatewayServiceCollectionExtensions
{
    public static IServiceCollection AddRestGateway(this IServiceCollection services, Action<RestGatewayOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<RestGatewayOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new AccessTokenSigner(
            AccessTokenSigner.KeyFrom(sp.GetRequiredService<IOptions<RestGatewayOptions>>().Value.SigningKey),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<CredentialChecker>();
        services.AddSingleton<TenantConfigEditor>();
        services.Configure<JsonOptions>(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, RestJsonContext.Default));
        services.AddOpenApi();
        return services;
    }
}
