using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Voice.Runtime.Http;

/// <summary>Maps the node-to-node grain call endpoint (POST <see cref="HttpRemotingOptions.Path"/>).</summary>
public static class GrainRemotingEndpointRouteBuilderExtensions
{
    public static IEndpointConventionBuilder MapGrainRemoting(this IEndpointRouteBuilder endpoints)
    {
        var endpoint = endpoints.ServiceProvider.GetRequiredService<GrainRemotingEndpoint>();
        var path = endpoints.ServiceProvider.GetRequiredService<IOptions<HttpRemotingOptions>>().Value.Path;
        return endpoints.MapPost(path, endpoint.HandleAsync);
    }
}
