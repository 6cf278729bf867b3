using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Voice.Gateway.Rest.Auth;
using Voice.Gateway.Rest.Json;
using Voice.Gateway.Rest.Problems;
using Voice.Gateway.Rest.Tenants;
using Voice.Grains.Contracts.Agents;
using Voice.Runtime;

namespace Voice.Gateway.Rest.Agents;

/// <summary>
/// The desktop's agent actions, <c>POST /api/v1/tenants/{tenant}/agents/{agentId}/login|ready|not-ready|logout|dnd-on|
/// dnd-off|forward</c> and <c>DELETE …/forward</c>: each is one call to the agent grain, answered with the agent's
/// state (200) or the grain's refusal as a problem (<see cref="AgentProblems"/>). An agent token acts on its own agent.
/// </summary>
internal static class AgentStateApi
{
    private const string Pattern = "/agents/{agentId}";
    private static readonly string ReadyModes = string.Join(", ", Enum.GetValues<AgentWorkMode>().Where(AgentWorkModes.IsReadyMode));
    private static readonly string NotReadyModes = string.Join(", ", Enum.GetValues<AgentWorkMode>().Where(AgentWorkModes.IsNotReadyMode));
    private static readonly string LoginModes = ReadyModes + ", " + NotReadyModes;

    public static void MapAgentStateApi(this RouteGroupBuilder tenant)
    {
        var agent = tenant.MapGroup(Pattern)
            .WithTags("agent-state")
            .AddEndpointFilter(new AgentScopeFilter("agentId"))
            .ProducesProblem(StatusCodes.Status409Conflict);
        agent.MapPost("/login", LoginAsync).WithName("LoginAgent").Produces<AgentStateDocument>().WithSummary("Log the agent in on a DN and queues")
            .Accepts<AgentLoginBody>("application/json").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        agent.MapPost("/ready", ReadyAsync).WithName("AgentReady").Produces<AgentStateDocument>().WithSummary("Ready (ManualIn or AutoIn)")
            .Accepts<AgentReadyBody>("application/json").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        agent.MapPost("/not-ready", NotReadyAsync).WithName("AgentNotReady").Produces<AgentStateDocument>().WithSummary("NotReady with a reason and a NotReady work mode")
            .Accepts<AgentNotReadyBody>("application/json").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        agent.MapPost("/logout", (string tenant, string agentId, IGrainFactory grains, TenantConfigEditor editor) =>
                RunAsync(tenant, agentId, grains, editor, a => a.LogoutAsync()))
            .WithName("LogoutAgent").Produces<AgentStateDocument>().WithSummary("Log the agent out (refused while on a call)");
        agent.MapPost("/dnd-on", (string tenant, string agentId, IGrainFactory grains, TenantConfigEditor editor) =>
                RunAsync(tenant, agentId, grains, editor, a => a.SetDndAsync(true)))
            .WithName("AgentDndOn").Produces<AgentStateDocument>().WithSummary("Do-not-disturb on");
        agent.MapPost("/dnd-off", (string tenant, string agentId, IGrainFactory grains, TenantConfigEditor editor) =>
                RunAsync(tenant, agentId, grains, editor, a => a.SetDndAsync(false)))
            .WithName("AgentDndOff").Produces<AgentStateDocument>().WithSummary("Do-not-disturb off");
        agent.MapPost("/forward", ForwardAsync).WithName("SetAgentForward").Produces<AgentStateDocument>().WithSummary("Forward the agent's calls")
            .Accepts<AgentForwardBody>("application/json").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        agent.MapDelete("/forward", (string tenant, string agentId, IGrainFactory grains, TenantConfigEditor editor) =>
                RunAsync(tenant, agentId, grains, editor, a => a.CancelForwardAsync()))
            .WithName("CancelAgentForward").Produces<AgentStateDocument>().WithSummary("Cancel forwarding");
    }

    private static async Task<IResult> LoginAsync(string tenant, string agentId, HttpContext http, IGrainFactory grains, TenantConfigEditor editor, IOptions<RestGatewayOptions> options)
    {
        var (body, problem) = await RequestBodyReader.ReadOptionalAsync(http.Request, RestJson.Context.AgentLoginBody, options.Value.MaxBodyBytes, new AgentLoginBody()).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        AgentWorkMode? mode = null;
        if (body.WorkMode is { } name && (mode = AgentStates.ParseWorkMode(name)) is null)
        {
            return AgentProblems.UnknownWorkMode(name, LoginModes);
        }

        return await RunAsync(tenant, agentId, grains, editor, a => a.LoginAsync(new AgentLoginRequest(body.Dn, body.Queues, mode))).ConfigureAwait(false);
    }

    private static async Task<IResult> ReadyAsync(string tenant, string agentId, HttpContext http, IGrainFactory grains, TenantConfigEditor editor, IOptions<RestGatewayOptions> options)
    {
        var (body, problem) = await RequestBodyReader.ReadOptionalAsync(http.Request, RestJson.Context.AgentReadyBody, options.Value.MaxBodyBytes, new AgentReadyBody()).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        var mode = AgentWorkMode.ManualIn;
        if (body.WorkMode is { } name && (AgentStates.ParseWorkMode(name) is not { } parsed || !AgentWorkModes.IsReadyMode(mode = parsed)))
        {
            return AgentProblems.UnknownWorkMode(name, ReadyModes);
        }

        return await RunAsync(tenant, agentId, grains, editor, a => a.ReadyAsync(mode)).ConfigureAwait(false);
    }

    private static async Task<IResult> NotReadyAsync(string tenant, string agentId, HttpContext http, IGrainFactory grains, TenantConfigEditor editor, IOptions<RestGatewayOptions> options)
    {
        var (body, problem) = await RequestBodyReader.ReadOptionalAsync(http.Request, RestJson.Context.AgentNotReadyBody, options.Value.MaxBodyBytes, new AgentNotReadyBody()).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        var mode = AgentWorkMode.AuxWork;
        if (body.WorkMode is { } name && (AgentStates.ParseWorkMode(name) is not { } parsed || !AgentWorkModes.IsNotReadyMode(mode = parsed)))
        {
            return AgentProblems.UnknownWorkMode(name, NotReadyModes);
        }

        return await RunAsync(tenant, agentId, grains, editor, a => a.NotReadyAsync(body.Reason, mode)).ConfigureAwait(false);
    }

    private static async Task<IResult> ForwardAsync(string tenant, string agentId, HttpContext http, IGrainFactory grains, TenantConfigEditor editor, IOptions<RestGatewayOptions> options)
    {
        var (body, problem) = await RequestBodyReader.ReadAsync(http.Request, RestJson.Context.AgentForwardBody, options.Value.MaxBodyBytes).ConfigureAwait(false);
        return body is null
            ? problem!
            : await RunAsync(tenant, agentId, grains, editor, a => a.SetForwardAsync(body.To)).ConfigureAwait(false);
    }

    /// <summary>
    /// One grain request for an agent that exists: configured, or — removed from the configuration — still logged in
    /// (it must be able to log out). Anything else is 404 without touching the grain.
    /// </summary>
    private static async Task<IResult> RunAsync(string tenant, string agentId, IGrainFactory grains, TenantConfigEditor editor, Func<IAgentGrain, Task<AgentResult>> request)
    {
        var agent = grains.GetGrain<IAgentGrain>(AgentKey.For(tenant, agentId));
        var config = await editor.GetAsync(tenant).ConfigureAwait(false);
        var configured = config?.Agents.Any(a => a.AgentId == agentId) == true;
        if (!configured && (await agent.GetAsync().ConfigureAwait(false)).Status == AgentStatus.LoggedOut)
        {
            return RestProblems.NotFound("Agent", agentId);
        }

        var result = await request(agent).ConfigureAwait(false);
        return result.IsOk
            ? Results.Json(AgentStates.Write(result.Agent), RestJson.Context.AgentStateDocument)
            : AgentProblems.From(agentId, result);
    }
}
