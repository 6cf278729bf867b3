using Voice.Runtime;
using Voice.Runtime.Events;

namespace Voice.Gateway.Tests.Rest;

/// <summary>Puts entries straight into the node's event log, as grains do when their state changes.</summary>
public static class EventLogWriter
{
    public const string CallThread = "voice-callthread";
    public const string AgentState = "voice-agentstate";

    /// <summary>Appends an entry whose payload carries <paramref name="marker"/> (to recognise it) and extra JSON fields; returns its position.</summary>
    public static async Task<long> AppendAsync(IEventLog log, string stream, string key, string marker, string extraFields = "")
    {
        var payload = $"{{\"id\":\"EventTest\",\"marker\":\"{marker}\"{(extraFields.Length > 0 ? "," + extraFields : string.Empty)}}}";
        var entries = await log.AppendAsync([new GrainEvent(stream, key, payload)]);
        return entries[0].Position;
    }
}
