using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Voice.Gateway.Rest.Problems;

/// <summary>Problem details for statuses routing answers with no body (no endpoint matched the request).</summary>
internal static class RoutingProblems
{
    public static Task WriteAsync(HttpContext http)
    {
        var request = http.Request;
        var problem = http.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => RestProblems.Create(StatusCodes.Status404NotFound, "no-such-endpoint", "No such endpoint",
                $"{request.Method} {request.Path} is not part of this API (see /openapi/v1.json)"),
            StatusCodes.Status405MethodNotAllowed => RestProblems.Create(StatusCodes.Status405MethodNotAllowed, "method-not-allowed", "Method not allowed",
                $"{request.Path} does not take {request.Method} (see /openapi/v1.json)"),
            StatusCodes.Status415UnsupportedMediaType => RestProblems.Create(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Unsupported media type",
                $"send the body as application/json (got '{request.ContentType ?? "no content type"}')"),
            var status => RestProblems.Create(status, "http-" + status, ReasonPhrases.GetReasonPhrase(status), $"{request.Method} {request.Path} answered {status}"),
        };
        return problem.ExecuteAsync(http);
    }
}
