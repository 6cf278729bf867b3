using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Voice.Gateway.Rest.Json;

namespace Voice.Gateway.Rest.Problems;

/// <summary>
/// Writes a <see cref="ProblemDetails"/> as <c>application/problem+json</c> with our JSON metadata, so the body is
/// the same whatever the host's JSON options are (and extensions such as the error list serialise without reflection).
/// </summary>
internal sealed class ProblemResult(ProblemDetails problem) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => problem.Status;

    public ProblemDetails Problem => problem;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        response.ContentType = "application/problem+json; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.Body, problem, RestJson.Context.ProblemDetails, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
