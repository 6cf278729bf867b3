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
/// Third-party call control, <c>POST /api/v1/tenants/{tenant}/calls/{callId}/answer|hold|retrieve|release|transfer|
/// transfer/complete|transfer/cancel|conference|conference/complete|conference/cancel</c> and
/// <c>DELETE …/parties/{party}</c>: each asks the call grain on behalf of the acting DN (<see cref="CallAccess"/>) and
/// answers 202 — the effect shows in the call events — or the grain's refusal (<see cref="CallProblems"/>).
/// </summary>
internal static class CallControlApi
{
    private const string SingleStep = "single-step";
    private const string TwoStep = "two-step";
    private const string Transfer = "transfer";
    private const string Conference = "conference";

    public static void MapCallControlApi(this RouteGroupBuilder tenant)
    {
        var call = tenant.MapGroup("/calls/{callId}")
            .WithTags("call-control")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status501NotImplemented);
        Simple(call, "/answer", "AnswerCall", "Answer the call ringing on the DN", (g, dn) => g.AnswerAsync(dn));
        Simple(call, "/hold", "HoldCall", "Put the other party on hold", (g, dn) => g.HoldAsync(dn));
        Simple(call, "/retrieve", "RetrieveCall", "Take back the DN's hold", (g, dn) => g.RetrieveAsync(dn));
        Simple(call, "/release", "ReleaseCall", "Hang up (a ringing call is declined or abandoned)", (g, dn) => g.ReleaseAsync(dn));
        call.MapPost("/transfer", TransferAsync).WithName("TransferCall").Produces(StatusCodes.Status202Accepted).WithSummary("Transfer single-step, or start a two-step transfer (consultation)")
            .Accepts<TransferBody>("application/json").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        Consultation(call, Transfer, "CompleteTransfer", "Complete the two-step transfer (the DN leaves)", complete: true);
        Consultation(call, Transfer, "CancelTransfer", "Cancel the two-step transfer and go back to the held party", complete: false);
        call.MapPost("/conference", ConferenceAsync).WithName("ConferenceCall").Produces(StatusCodes.Status202Accepted).WithSummary("Start a conference: consult a destination while the others wait")
            .Accepts<ConferenceBody>("application/json");
        Consultation(call, Conference, "CompleteConference", "Complete the conference (everyone stays)", complete: true);
        Consultation(call, Conference, "CancelConference", "Cancel the conference consultation", complete: false);
        call.MapDelete("/parties/{party}", (string tenant, string callId, string party, string? dn, HttpContext http, IGrainFactory grains) =>
                ControlAsync(http, grains, tenant, callId, dn, (g, acting, _) => g.RemovePartyAsync(acting, party)))
            .WithName("RemoveCallParty").Produces(StatusCodes.Status202Accepted).WithSummary("Remove a party from the conference (the acting DN is ?dn= for supervisors)");
    }

    private static void Simple(RouteGroupBuilder call, string pattern, string name, string summary, Func<ICallThreadGrain, string, Task<CallControlResult>> action) =>
        call.MapPost(pattern, async (string tenant, string callId, string? dn, HttpContext http, IGrainFactory grains, IOptions<RestGatewayOptions> options) =>
            {
                var (body, problem) = await RequestBodyReader.ReadOptionalAsync(http.Request, RestJson.Context.CallActionBody, options.Value.MaxBodyBytes, new CallActionBody()).ConfigureAwait(false);
                return body is null ? problem! : await ControlAsync(http, grains, tenant, callId, body.Dn ?? dn, (g, acting, _) => action(g, acting)).ConfigureAwait(false);
            })
            .WithName(name).Produces(StatusCodes.Status202Accepted).WithSummary(summary).Accepts<CallActionBody>("application/json");

    /// <summary>complete / cancel of a consultation of <paramref name="kind"/>; refused when the call consults for the other kind.</summary>
    private static void Consultation(RouteGroupBuilder call, string kind, string name, string summary, bool complete) =>
        call.MapPost($"/{kind}/{(complete ? "complete" : "cancel")}", async (string tenant, string callId, string? dn, HttpContext http, IGrainFactory grains, IOptions<RestGatewayOptions> options) =>
            {
                var (body, problem) = await RequestBodyReader.ReadOptionalAsync(http.Request, RestJson.Context.CallActionBody, options.Value.MaxBodyBytes, new CallActionBody()).ConfigureAwait(false);
                if (body is null)
                {
                    return problem!;
                }

                return await ControlAsync(http, grains, tenant, callId, body.Dn ?? dn, (g, acting, snapshot) =>
                    snapshot.Consultation is { } running && running != kind
                        ? Task.FromResult(CallControlResult.Refused("ConsultationMismatch", $"the call's consultation is a {running}, not a {kind}"))
                        : complete ? g.CompleteConsultationAsync(acting) : g.CancelConsultationAsync(acting)).ConfigureAwait(false);
            })
            .WithName(name).Produces(StatusCodes.Status202Accepted).WithSummary(summary).Accepts<CallActionBody>("application/json");

    private static async Task<IResult> TransferAsync(string tenant, string callId, string? dn, HttpContext http, IGrainFactory grains, IOptions<RestGatewayOptions> options)
    {
        var (body, problem) = await RequestBodyReader.ReadAsync(http.Request, RestJson.Context.TransferBody, options.Value.MaxBodyBytes).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        if (CallBodies.Empty(("to", body.To)) is { } empty)
        {
            return empty;
        }

        TransferMode? mode = body.Mode switch
        {
            SingleStep => TransferMode.SingleStep,
            TwoStep => TransferMode.TwoStep,
            _ => null,
        };
        if (mode is not { } transferMode)
        {
            return RestProblems.Create(StatusCodes.Status422UnprocessableEntity, "invalid-transfer-mode", "Invalid transfer mode",
                $"'{body.Mode}' is not a transfer mode; use {SingleStep} or {TwoStep}",
                [new ValidationErrorItem("mode", "InvalidTransferMode", $"one of: {SingleStep}, {TwoStep}")]);
        }

        return await ControlAsync(http, grains, tenant, callId, body.Dn ?? dn, (g, acting, _) => g.TransferAsync(acting, body.To, transferMode)).ConfigureAwait(false);
    }

    private static async Task<IResult> ConferenceAsync(string tenant, string callId, string? dn, HttpContext http, IGrainFactory grains, IOptions<RestGatewayOptions> options)
    {
        var (body, problem) = await RequestBodyReader.ReadAsync(http.Request, RestJson.Context.ConferenceBody, options.Value.MaxBodyBytes).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        return CallBodies.Empty(("to", body.To)) is { } empty
            ? empty
            : await ControlAsync(http, grains, tenant, callId, body.Dn ?? dn, (g, acting, _) => g.ConferenceAsync(acting, body.To)).ConfigureAwait(false);
    }

    /// <summary>The acting DN, the call (404 unless it exists and an agent is on it), then the grain's request.</summary>
    private static async Task<IResult> ControlAsync(
        HttpContext http, IGrainFactory grains, string tenant, string callId, string? dn, Func<ICallThreadGrain, string, CallThreadSnapshot, Task<CallControlResult>> request)
    {
        var (actor, refused) = await CallAccess.ActorAsync(BearerTokenFilter.Current(http), grains, dn, dnRequired: true).ConfigureAwait(false);
        if (actor is null)
        {
            return refused!;
        }

        var (grain, call, notFound) = await CallAccess.FindAsync(tenant, callId, actor, grains).ConfigureAwait(false);
        if (grain is null)
        {
            return notFound!;
        }

        var result = await request(grain, actor.Dn!, call!).ConfigureAwait(false);
        return result.IsOk ? Results.Accepted() : CallProblems.From(result, actor, callId);
    }
}
