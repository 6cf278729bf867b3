using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Voice.Gateway.Rest.Problems;

/// <summary>
/// RFC 9457 problem details for every error the REST gateway returns. Each kind has its own <c>type</c>
/// (<c>urn:voice:problem:&lt;slug&gt;</c>, listed in docs/rest.md) so clients can branch on it without parsing text.
/// </summary>
internal static class RestProblems
{
    public const string TypePrefix = "urn:voice:problem:";
    public const string ErrorsExtension = "errors";

    public static IResult Create(int status, string slug, string title, string detail, IReadOnlyList<ValidationErrorItem>? errors = null)
    {
        var problem = new ProblemDetails { Status = status, Type = TypePrefix + slug, Title = title, Detail = detail };
        if (errors is { Count: > 0 })
        {
            problem.Extensions[ErrorsExtension] = errors.ToArray();
        }

        return new ProblemResult(problem);
    }

    public static IResult BadRequest(string slug, string title, string detail, IReadOnlyList<ValidationErrorItem>? errors = null) =>
        Create(StatusCodes.Status400BadRequest, slug, title, detail, errors);

    public static IResult Invalid(string detail, IReadOnlyList<ValidationErrorItem> errors) =>
        Create(StatusCodes.Status422UnprocessableEntity, "validation-failed", "Validation failed", detail, errors);

    public static IResult NotFound(string what, string id) =>
        Create(StatusCodes.Status404NotFound, "not-found", $"{what} not found", $"there is no {what.ToLowerInvariant()} '{id}' in this tenant");

    /// <summary>The same answer for a tenant that does not exist and one the token may not see, so existence does not leak.</summary>
    public static IResult TenantNotFound(string tenant) =>
        Create(StatusCodes.Status404NotFound, "tenant-not-found", "Tenant not found", $"there is no tenant '{tenant}' for this token");

    public static IResult Forbidden(string role, string allowed) =>
        Create(StatusCodes.Status403Forbidden, "forbidden", "Role not allowed", $"role '{role}' may not do this; it needs: {allowed}");

    public static IResult Unavailable(string detail) =>
        Create(StatusCodes.Status503ServiceUnavailable, "unavailable", "Service unavailable", detail);
}
