using System.Text.Json;
using Voice.Grains.Contracts;
using Voice.Grains.Contracts.Agents;
using Voice.Runtime;

namespace Voice.Grains.Agents;

public sealed partial class AgentGrain
{
    /// <summary>Reason key for the code the agent gave with NotReady.</summary>
    public const string ReasonCodeKey = "ReasonCode";

    /// <summary>Reason key naming what made the platform change the agent on its own.</summary>
    public const string CauseKey = "Cause";

    /// <summary>
    /// Event <paramref name="id"/> describing <paramref name="next"/> (DN, work mode, queues), numbered with the next
    /// per-key <c>seq</c> of <paramref name="next"/>, so it is stored only if that state is.
    /// </summary>
    private GrainEvent Publish(AgentState next, string id, DateTimeOffset now, string? cause = null, Dictionary<string, string>? extensions = null)
    {
        next.EventSeq++;
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        if (next.Reason is { } code && id == AgentEventIds.NotReady)
        {
            reasons[ReasonCodeKey] = code;
        }

        if (cause is not null)
        {
            reasons[CauseKey] = cause;
        }

        var payload = new AgentEvent(
            id,
            TenantId,
            AgentId,
            next.Dn,
            next.WorkMode,
            next.Queues.Count == 1 ? next.Queues[0] : null,
            next.Queues.Count > 0 ? [.. next.Queues] : null,
            reasons.Count > 0 ? reasons : null,
            extensions,
            now,
            next.EventSeq);
        Log.Published(_logger, Key, id, next.EventSeq);
        return new GrainEvent(AgentEvent.Stream, Key, JsonSerializer.Serialize(payload, GrainsContractsJsonContext.Default.AgentEvent));
    }
}
