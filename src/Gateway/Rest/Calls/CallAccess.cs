using Microsoft.AspNetCore.Http;
using Voice.Gateway.Rest.Auth;
using Voice.Gateway.Rest.Problems;
using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Calls;
using Voice.Runtime;

namespace Voice.Gateway.Rest.Calls;

/// <summary>
/// The acting-DN rule and call visibility (docs/rest.md): an agent token acts as the DN its agent is logged in on (not
/// the token's default DN — the agent may have logged in elsewhere) and sees only calls that have it as a party;
/// supervisors and administrators name the DN they act for and see every call of their tenant.
/// </summary>
internal static class CallAccess
{
    /// <summary>
    /// The actor of a request. <paramref name="dnRequired"/>: the request needs a DN to act on behalf of (an agent
    /// always has one when logged in; a supervisor must give it). <paramref name="loggedInRequired"/>: an agent must be
    /// logged in (false only for reads, which an agent's id alone is enough for).
    /// </summary>
    public static async Task<(CallActor? Actor, IResult? Problem)> ActorAsync(
        AccessToken token, IGrainFactory grains, string? givenDn, bool dnRequired, bool loggedInRequired = true)
    {
        if (token.Role != RestRoles.Agent)
        {
            return dnRequired && string.IsNullOrEmpty(givenDn)
                ? (null, RestProblems.BadRequest("missing-field", "Missing field", "a supervisor or administrator must give the DN it acts for ('dn' in the body, or ?dn=)",
                    [new ValidationErrorItem("dn", "Required", "the DN of the party this request acts for")]))
                : (new CallActor(string.IsNullOrEmpty(givenDn) ? null : givenDn, null), null);
        }

        var agentId = token.AgentId ?? string.Empty;
        var agent = await grains.GetGrain<IAgentGrain>(AgentKey.For(token.Tenant, agentId)).GetAsync().ConfigureAwait(false);
        if (agent.Dn is null && loggedInRequired)
        {
            return (null, RestProblems.Create(StatusCodes.Status409Conflict, "agent-not-logged-in", "Agent not logged in",
                $"agent '{agentId}' is not logged in on a DN; log in first (POST …/agents/{agentId}/login)"));
        }

        return !string.IsNullOrEmpty(givenDn) && givenDn != agent.Dn
            ? (null, RestProblems.Create(StatusCodes.Status403Forbidden, "not-your-dn", "Not the agent's DN",
                $"an agent acts as the DN it is logged in on ({agent.Dn ?? "none"}), not {givenDn}"))
            : (new CallActor(agent.Dn, agentId), null);
    }

    /// <summary>
    /// The call and what it looks like now, or 404 <c>call-not-found</c> when the id is not a call id, the call does not
    /// exist, or an agent is not a party of it — the same answer, so an agent cannot learn which calls exist.
    /// </summary>
    public static async Task<(ICallThreadGrain? Grain, CallThreadSnapshot? Call, IResult? Problem)> FindAsync(
        string tenant, string callId, CallActor actor, IGrainFactory grains)
    {
        if (!IsCallId(callId))
        {
            return (null, null, CallProblems.NotFound(callId));
        }

        var grain = grains.GetGrain<ICallThreadGrain>(CallThreadKey.For(tenant, callId));
        var call = await grain.GetAsync().ConfigureAwait(false);
        var visible = call.Phase != CallPhase.None
            && (!actor.IsAgent || call.Parties.Any(p => (actor.Dn is not null && p.Dn == actor.Dn && !p.External) || p.AgentId == actor.AgentId));
        return visible ? (grain, call, null) : (null, null, CallProblems.NotFound(callId));
    }

    /// <summary>16 lower-case hex digits (<see cref="CallThreadKey"/>); anything else never reaches a grain.</summary>
    public static bool IsCallId(string callId) =>
        callId.Length == 16 && callId.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
