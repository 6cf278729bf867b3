using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Voice.Gateway.Rest.Auth;
using Voice.Gateway.Rest.Json;
using Voice.Grains.Contracts.Calls;
using Voice.Runtime;

namespace Voice.Gateway.Rest.Calls;

/// <summary>
/// <c>PUT|PATCH|DELETE /api/v1/tenants/{tenant}/calls/{callId}/user-data</c>: replace the call's data with a
/// <c>{key: value}</c> object, merge one into it, or delete keys (<c>?key=a&amp;key=b</c>, all when none). An agent
/// changes it as its DN; a supervisor or administrator as the <c>?dn=</c> it names, or as itself. Answers the data after.
/// </summary>
internal static class CallUserDataApi
{
    public static void MapCallUserDataApi(this RouteGroupBuilder tenant)
    {
        var userData = tenant.MapGroup("/calls/{callId}/user-data")
            .WithTags("call-control")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        userData.MapPut(string.Empty, (string tenant, string callId, string? dn, HttpContext http, IGrainFactory grains, IOptions<RestGatewayOptions> options) =>
                WithBodyAsync(UserDataOperation.Replace, tenant, callId, dn, http, grains, options.Value))
            .WithName("ReplaceCallUserData").Produces<UserDataDocument>().WithSummary("Replace the call's user data")
            .Accepts<Dictionary<string, string>>("application/json").ProducesProblem(StatusCodes.Status400BadRequest);
        userData.MapPatch(string.Empty, (string tenant, string callId, string? dn, HttpContext http, IGrainFactory grains, IOptions<RestGatewayOptions> options) =>
                WithBodyAsync(UserDataOperation.Merge, tenant, callId, dn, http, grains, options.Value))
            .WithName("MergeCallUserData").Produces<UserDataDocument>().WithSummary("Merge keys into the call's user data")
            .Accepts<Dictionary<string, string>>("application/json").ProducesProblem(StatusCodes.Status400BadRequest);
        userData.MapDelete(string.Empty, (string tenant, string callId, string? dn, HttpContext http, IGrainFactory grains) =>
                ChangeAsync(UserDataOperation.Delete, new Dictionary<string, string>(), [.. http.Request.Query["key"].OfType<string>()], tenant, callId, dn, http, grains))
            .WithName("DeleteCallUserData").Produces<UserDataDocument>().WithSummary("Delete keys of the call's user data (?key=a&key=b), all when none are named");
    }

    private static async Task<IResult> WithBodyAsync(UserDataOperation operation, string tenant, string callId, string? dn, HttpContext http, IGrainFactory grains, RestGatewayOptions options)
    {
        var (values, problem) = await RequestBodyReader.ReadAsync(http.Request, RestJson.Context.DictionaryStringString, options.MaxBodyBytes).ConfigureAwait(false);
        if (values is null)
        {
            return problem!;
        }

        return CallBodies.NullValue(values, "$") is { } nullValue
            ? nullValue
            : await ChangeAsync(operation, values, [], tenant, callId, dn, http, grains).ConfigureAwait(false);
    }

    private static async Task<IResult> ChangeAsync(
        UserDataOperation operation, Dictionary<string, string> values, IReadOnlyList<string> keys, string tenant, string callId, string? dn, HttpContext http, IGrainFactory grains)
    {
        var (actor, refused) = await CallAccess.ActorAsync(BearerTokenFilter.Current(http), grains, dn, dnRequired: false).ConfigureAwait(false);
        if (actor is null)
        {
            return refused!;
        }

        var (grain, _, notFound) = await CallAccess.FindAsync(tenant, callId, actor, grains).ConfigureAwait(false);
        if (grain is null)
        {
            return notFound!;
        }

        var result = await grain.UpdateUserDataAsync(new UserDataChange(operation, values, keys, actor.Dn)).ConfigureAwait(false);
        if (!result.IsOk)
        {
            return CallProblems.From(result, actor, callId);
        }

        var after = await grain.GetAsync().ConfigureAwait(false);
        return Results.Json(new UserDataDocument(callId, after.UserData), RestJson.Context.UserDataDocument);
    }
}
