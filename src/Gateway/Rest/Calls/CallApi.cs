using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Voice.Gateway.Rest.Auth;
using Voice.Gateway.Rest.Json;
using Voice.Gateway.Rest.Problems;
using Voice.Grains.Contracts.Calls;
using Voice.Runtime;

namespace Voice.Gateway.Rest.Calls;

/// <summary>
/// <c>POST /api/v1/tenants/{tenant}/calls</c> (make a call: 202 with its id) and <c>GET …/calls/{callId}</c> (the call
/// now). Any role; an agent calls from its own DN and sees only its calls (<see cref="CallAccess"/>).
/// </summary>
internal static class CallApi
{
    public static void MapCallApi(this RouteGroupBuilder tenant)
    {
        tenant.MapPost("/calls", MakeAsync)
            .WithName("MakeCall").WithTags("calls").WithSummary("Make a call from an extension (the phone is rung first, then the number dialled)")
            .Accepts<MakeCallBody>("application/json")
            .Produces<MakeCallResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status501NotImplemented);
        tenant.MapGet("/calls/{callId}", GetAsync)
            .WithName("GetCall").WithTags("calls").WithSummary("The call's phase, parties, user data, hold and consultation")
            .Produces<CallDocument>();
    }

    private static async Task<IResult> MakeAsync(string tenant, HttpContext http, IGrainFactory grains, IOptions<RestGatewayOptions> options)
    {
        var (body, problem) = await RequestBodyReader.ReadAsync(http.Request, RestJson.Context.MakeCallBody, options.Value.MaxBodyBytes).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        if (CallBodies.Empty(("from", body.From), ("to", body.To)) is { } empty)
        {
            return empty;
        }

        if (body.UserData is { } data && CallBodies.NullValue(data, "userData") is { } nullValue)
        {
            return nullValue;
        }

        var (actor, refused) = await CallAccess.ActorAsync(BearerTokenFilter.Current(http), grains, body.From, dnRequired: true).ConfigureAwait(false);
        if (actor is null)
        {
            return refused!;
        }

        var callId = CallThreadKey.NewId();
        var result = await grains.GetGrain<ICallThreadGrain>(CallThreadKey.For(tenant, callId))
            .MakeCallAsync(new MakeCallRequest(actor.Dn!, body.To, body.UserData)).ConfigureAwait(false);
        if (!result.IsOk)
        {
            return CallProblems.From(result, actor, callId);
        }

        http.Response.Headers.Location = $"{RestGatewayEndpoints.Prefix}/tenants/{tenant}/calls/{callId}";
        return Results.Json(new MakeCallResponse(callId), RestJson.Context.MakeCallResponse, statusCode: StatusCodes.Status202Accepted);
    }

    private static async Task<IResult> GetAsync(string tenant, string callId, HttpContext http, IGrainFactory grains)
    {
        var (actor, refused) = await CallAccess.ActorAsync(BearerTokenFilter.Current(http), grains, null, dnRequired: false, loggedInRequired: false).ConfigureAwait(false);
        if (actor is null)
        {
            return refused!;
        }

        var (_, call, notFound) = await CallAccess.FindAsync(tenant, callId, actor, grains).ConfigureAwait(false);
        return call is null ? notFound! : Results.Json(Write(callId, call), RestJson.Context.CallDocument);
    }

    private static CallDocument Write(string callId, CallThreadSnapshot call) => new(
        callId,
        call.Phase.ToString(),
        call.CallType,
        [.. call.Parties.Select(p => new CallPartyDocument(p.Dn, p.Role, p.State, p.AgentId, p.External))],
        call.UserData,
        call.Held,
        call.Consultation);
}
