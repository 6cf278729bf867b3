using Microsoft.AspNetCore.Http;
using Voice.Gateway.Rest.Problems;
using Voice.Grains.Contracts.Calls;

namespace Voice.Gateway.Rest.Calls;

/// <summary>
/// A call grain's refusal (<see cref="CallControlResult.Error"/>) as a problem with the grain's message as detail:
/// <c>NotAParty</c> is 404 for an agent (its calls are the only ones it may know of) and 403 for a supervisor or
/// administrator, <c>Unsupported</c> 501, <c>InvalidUserData</c> 422, and every other code — the call is not in a state
/// that allows the request — 409, typed after the code (<c>NotEstablished</c> → <c>not-established</c>).
/// </summary>
internal static class CallProblems
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["NotEstablished"] = "Call not connected",
        ["OfferPending"] = "Media change in progress",
        ["AlreadyHeld"] = "Call already on hold",
        ["NotHeld"] = "Call not on hold",
        ["NotActive"] = "Call not active",
        ["NoMedia"] = "No media to hold",
    };

    public static IResult NotFound(string callId) =>
        RestProblems.Create(StatusCodes.Status404NotFound, "call-not-found", "Call not found", $"there is no call '{callId}' for this token");

    public static IResult From(CallControlResult result, CallActor actor, string callId)
    {
        var code = result.Error ?? "Refused";
        var detail = result.Message ?? code;
        return code switch
        {
            "NotAParty" when actor.IsAgent => NotFound(callId),
            "NotAParty" => RestProblems.Create(StatusCodes.Status403Forbidden, "not-a-party", "Not a party", detail),
            "Unsupported" => RestProblems.Create(StatusCodes.Status501NotImplemented, "unsupported", "Not supported", detail),
            "InvalidUserData" => RestProblems.Create(StatusCodes.Status422UnprocessableEntity, "invalid-user-data", "Invalid user data", detail,
                [new ValidationErrorItem("userData", code, detail)]),
            _ => RestProblems.Create(StatusCodes.Status409Conflict, ProblemSlugs.Slug(code), Titles.GetValueOrDefault(code) ?? ProblemSlugs.Title(code), detail),
        };
    }
}
