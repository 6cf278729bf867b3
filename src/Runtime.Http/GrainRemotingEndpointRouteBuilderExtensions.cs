using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Voice.Runtime.Http;

/// <summary>Maps the node-to-node grain call endpoint (POST <see cref="HttpRemotingOptions.Path"/>, unary, and <see cref="HttpRemotingOptions.StreamPath"/>, call streams).</summary>
public static class GrainRemotingEndpointRouteBuilderExtensions
{
    public static IEndpointConventionBuilder MapGrainRemoting(this IEndpointRouteBuilder endpoints)
    {
        var endpoint = endpoints.ServiceProvider.GetRequiredService<GrainRemotingEndpoint>();
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<HttpRemotingOptions>>().Value;
        var group = endpoints.MapGroup(string.Empty);
        group.MapPost(options.Path, endpoint.HandleAsync);
        group.MapPost(options.StreamPath, endpoint.HandleStreamAsync);
        return group;
    }
}
