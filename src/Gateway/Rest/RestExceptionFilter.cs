using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Voice.Gateway.Rest.Problems;

namespace Voice.Gateway.Rest;

/// <summary>
/// The last word on failures inside a REST endpoint: a problem (503 — a grain call failed, typically while the
/// cluster settles) instead of an empty 500, and the exception in the log (never the request body).
/// </summary>
internal sealed class RestExceptionFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            var request = context.HttpContext.Request;
            var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<RestExceptionFilter>();
            Log.RequestFailed(logger, request.Method, request.Path, e);
            return RestProblems.Unavailable("the request could not be completed now; try again");
        }
    }
}
