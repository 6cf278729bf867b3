using System.Text.Json;

namespace Voice.Gateway.Tests.Rest;

/// <summary>One server-sent event: its id (the log position), event name (the topic) and data (the envelope).</summary>
public sealed record SseEvent(long Id, string Event, JsonElement Data)
{
    public string Key => Data.GetProperty("key").GetString()!;

    public string Marker => Data.GetProperty("event").GetProperty("marker").GetString()!;
}
