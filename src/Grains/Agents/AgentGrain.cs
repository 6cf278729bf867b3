using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Tenancy;
using Voice.Runtime;

namespace Voice.Grains.Agents;

/// <summary>
/// One agent (key <c>{tenant}:{agentId}</c>). Every change is decided on a copy of the state, stored together with
/// the events it publishes (one atomic write), and only then made visible; the durable reminders (after-call work,
/// reservation expiry, the stale-call sweep) are re-armed from the stored state after each change.
/// </summary>
public sealed partial class AgentGrain(
    IOptions<AgentOptions> options,
    TimeProvider time,
    ILogger<AgentGrain>? logger = null) : Grain<AgentState>, IAgentGrain, IRemindable
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;
    private readonly AgentOptions _options = options.Value;

    private string TenantId => AgentKey.Split(Key).TenantId;

    private string AgentId => AgentKey.Split(Key).AgentId;

    public Task<AgentSnapshot> GetAsync() => Task.FromResult(Snapshot());

    private AgentSnapshot Snapshot() => new(
        AgentId,
        State.Status,
        State.WorkMode,
        State.Reason,
        State.Dn,
        [.. State.Queues],
        State.Dnd,
        State.ForwardTo,
        State.Reservation,
        [.. State.ActiveCalls],
        State.Since,
        State.AfterCallWorkEndsAt);

    private AgentResult Refuse(string operation, AgentErrorCode error, string message)
    {
        Log.Refused(_logger, Key, operation, error);
        return AgentResult.Refused(error, message, Snapshot());
    }

    /// <summary>The tenant's configuration and this agent's entry in it, or the refusal when either is missing.</summary>
    private async Task<(TenantConfig? Config, AgentConfig? Agent, AgentResult? Refusal)> LookUpAsync(string operation)
    {
        var config = await GrainFactory.GetGrain<ITenantGrain>(TenantId).GetConfigAsync();
        if (config is null)
        {
            return (null, null, Refuse(operation, AgentErrorCode.UnknownTenant, $"Tenant '{TenantId}' has no configuration."));
        }

        var agent = TenantAgentLookup.FindAgent(config, AgentId);
        return agent is null
            ? (config, null, Refuse(operation, AgentErrorCode.UnknownAgent, $"Tenant '{TenantId}' has no agent '{AgentId}'."))
            : (config, agent, null);
    }

    /// <summary>
    /// Makes <paramref name="next"/> the state, stored with <paramref name="events"/> (both or neither), then re-arms
    /// the reminders for it. On a failed write the activation keeps the state it had.
    /// </summary>
    private async Task<AgentResult> CommitAsync(AgentState next, IReadOnlyList<GrainEvent> events)
    {
        var previous = State;
        State = next;
        try
        {
            await WriteStateAsync(events);
        }
        catch (InconsistentStateException)
        {
            State = previous;
            throw;
        }

        await SyncRemindersAsync(time.GetUtcNow());
        NoticeQueues(previous);
        return AgentResult.Ok(Snapshot());
    }

    /// <summary>Moves <paramref name="next"/> to <paramref name="status"/>, stamping <c>Since</c> only when status or mode change.</summary>
    private static void Enter(AgentState next, AgentStatus status, AgentWorkMode mode, string? reason, DateTimeOffset now)
    {
        if (next.Status != status || next.WorkMode != mode || next.Since is null)
        {
            next.Since = now;
        }

        next.Status = status;
        next.WorkMode = mode;
        next.Reason = reason;
    }
}
