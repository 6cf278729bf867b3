using System.Text.Json;
using Voice.Runtime.Events;

namespace Voice.Gateway.Rest.Events;

/// <summary>
/// Which entries of a topic one reader may see: always only its tenant's (keys are <c>{tenant}:{id}</c>); narrowed to
/// one agent when <see cref="AgentId"/> is set — that agent's own state entries and its DN's, and call entries whose
/// payload names the agent (<c>AgentID</c>) or its DN (<c>ThisDN</c>).
/// </summary>
internal sealed record EventAudience(string Tenant, string? AgentId, string? Dn)
{
    private string Prefix => Tenant + ":";

    public bool Sees(EventLogEntry entry)
    {
        if (!entry.Key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        if (AgentId is null)
        {
            return true;
        }

        // Agent-state entries are keyed by agent, and the DN's own events (in/out of service) by DN.
        return entry.Stream == EventTopics.AgentState
            ? string.Equals(entry.Key, Prefix + AgentId, StringComparison.Ordinal) || (Dn is not null && string.Equals(entry.Key, Prefix + Dn, StringComparison.Ordinal))
            : NamesAgent(entry.Payload);
    }

    private bool NamesAgent(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && (Is(root, "AgentID", AgentId) || (Dn is not null && Is(root, "ThisDN", Dn)));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool Is(JsonElement root, string property, string? expected) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.ValueEquals(expected);
}
