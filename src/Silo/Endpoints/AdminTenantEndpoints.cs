using System.Net;
using Voice.Grains.Contracts;
using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.Tenancy.Yaml;
using Voice.Silo.Hosting;

namespace Voice.Silo.Endpoints;

/// <summary>
/// Run-time tenant administration for <c>voicectl tenant apply --node</c>: <c>PUT /admin/tenants/{id}</c> takes the
/// tenant YAML as the body, <c>GET /admin/tenants/{id}</c> returns the configuration in force. There is no
/// authentication layer yet, so both answer only requests from a loopback address (403 otherwise).
/// </summary>
internal static class AdminTenantEndpoints
{
    private const int MaxYamlBytes = 1024 * 1024;
    private static readonly TimeSpan ApplyRetryLimit = TimeSpan.FromSeconds(10);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/admin").AddEndpointFilter(async (context, next) =>
            IsLoopback(context.HttpContext.Connection.RemoteIpAddress)
                ? await next(context).ConfigureAwait(false)
                : Results.Text("admin endpoints answer loopback clients only\n", statusCode: StatusCodes.Status403Forbidden));

        admin.MapGet("/tenants/{id}", async (string id, TenantApplier applier) =>
            await applier.GetAsync(id).ConfigureAwait(false) is { } config
                ? Results.Json(config, GrainsContractsJsonContext.Default.TenantConfig)
                : Results.NotFound());

        admin.MapPut("/tenants/{id}", ApplyAsync);
    }

    private static async Task<IResult> ApplyAsync(string id, HttpRequest request, TenantApplier applier, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxYamlBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        using var body = new StreamReader(request.Body);
        var yaml = await body.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        TenantConfig config;
        try
        {
            config = TenantConfigLoader.Load(new StringReader(yaml), $"tenant {id}");
        }
        catch (TenantConfigLoadException e)
        {
            return Errors(id, StatusCodes.Status400BadRequest, [.. e.Errors.Select(x => new TenantErrorItem(x.Line, x.Column, x.Path, x.Message, x.Code?.ToString()))]);
        }

        if (!string.Equals(config.TenantId, id, StringComparison.Ordinal))
        {
            var mismatch = new TenantErrorItem(0, 0, "tenantId", $"the file is for tenant '{config.TenantId}' but was sent to /admin/tenants/{id}", nameof(ConfigErrorCode.TenantIdMismatch));
            return Errors(id, StatusCodes.Status400BadRequest, [mismatch]);
        }

        var result = await applier.ApplyAsync(config, ApplyRetryLimit, cancellationToken).ConfigureAwait(false);
        return result.Applied
            ? Results.Json(new TenantAppliedAnswer(id, result.Version), SiloJsonContext.Default.TenantAppliedAnswer)
            : Errors(id, StatusCodes.Status422UnprocessableEntity, [.. result.Errors.Select(x => new TenantErrorItem(0, 0, x.Path, x.Message, x.Code.ToString()))]);
    }

    private static IResult Errors(string id, int status, List<TenantErrorItem> errors) =>
        Results.Json(new TenantErrorsAnswer(id, errors), SiloJsonContext.Default.TenantErrorsAnswer, statusCode: status);

    private static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
