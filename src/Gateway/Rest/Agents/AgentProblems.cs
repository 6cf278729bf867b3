using Microsoft.AspNetCore.Http;
using Voice.Gateway.Rest.Problems;
using Voice.Grains.Contracts.Agents;

namespace Voice.Gateway.Rest.Agents;

/// <summary>
/// An agent grain's refusal as a problem: 404 for an unknown agent, 422 for input that can never work (a DN that is
/// not an extension, an unknown queue, a work mode that does not fit), 409 for a request the agent's current state
/// refuses (already logged in, not logged in, on a call, DN held by another agent). The grain's message is the detail.
/// </summary>
internal static class AgentProblems
{
    public static IResult From(string agentId, AgentResult result) => result.Error switch
    {
        AgentErrorCode.UnknownTenant or AgentErrorCode.UnknownAgent => RestProblems.NotFound("Agent", agentId),
        AgentErrorCode.DnRequired => Problem(StatusCodes.Status422UnprocessableEntity, "dn-required", "DN required", result, "dn"),
        AgentErrorCode.DnNotExtension => Problem(StatusCodes.Status422UnprocessableEntity, "dn-not-extension", "DN is not an extension", result, "dn"),
        AgentErrorCode.UnknownQueue => Problem(StatusCodes.Status422UnprocessableEntity, "unknown-queue", "Unknown queue", result, "queues"),
        AgentErrorCode.InvalidWorkMode => Problem(StatusCodes.Status422UnprocessableEntity, "invalid-work-mode", "Invalid work mode", result, "workMode"),
        AgentErrorCode.InvalidArgument => Problem(StatusCodes.Status422UnprocessableEntity, "invalid-argument", "Invalid argument", result, null),
        AgentErrorCode.DnInUse => Problem(StatusCodes.Status409Conflict, "dn-in-use", "DN in use", result, null),
        AgentErrorCode.NotLoggedIn => Problem(StatusCodes.Status409Conflict, "agent-not-logged-in", "Agent not logged in", result, null),
        AgentErrorCode.AlreadyLoggedIn => Problem(StatusCodes.Status409Conflict, "already-logged-in", "Agent already logged in", result, null),
        AgentErrorCode.OnCall => Problem(StatusCodes.Status409Conflict, "agent-on-call", "Agent on a call", result, null),
        var code => Problem(StatusCodes.Status409Conflict, ProblemSlugs.Slug(code.ToString()!), ProblemSlugs.Title(code.ToString()!), result, null),
    };

    /// <summary>A work mode name that is not one of the modes (checked here, so the grain never sees a guess).</summary>
    public static IResult UnknownWorkMode(string name, string allowed) =>
        RestProblems.Create(StatusCodes.Status422UnprocessableEntity, "invalid-work-mode", "Invalid work mode",
            $"'{name}' is not a work mode here; use one of: {allowed}",
            [new ValidationErrorItem("workMode", nameof(AgentErrorCode.InvalidWorkMode), $"one of: {allowed}")]);

    private static IResult Problem(int status, string slug, string title, AgentResult result, string? field) =>
        RestProblems.Create(status, slug, title, result.Message ?? title,
            field is null ? null : [new ValidationErrorItem(field, result.Error!.Value.ToString(), result.Message ?? title)]);
}
