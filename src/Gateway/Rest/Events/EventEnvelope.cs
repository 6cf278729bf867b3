using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Voice.Runtime.Events;

namespace Voice.Gateway.Rest.Events;

/// <summary>
/// One log entry as the JSON object desktops receive: <c>{"topic","key","seq","position","event":{…}}</c> (plus a
/// subscription id over WebSocket). The stored payload is re-written compactly, so it never spans lines (SSE data).
/// </summary>
internal static class EventEnvelope
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(IBufferWriter<byte> output, EventLogEntry entry, string? type = null, int? subscription = null)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        if (type is not null)
        {
            json.WriteString("type", type);
        }

        if (subscription is { } id)
        {
            json.WriteNumber("subscription", id);
        }

        json.WriteString("topic", entry.Stream);
        json.WriteString("key", entry.Key);
        json.WriteNumber("seq", entry.Sequence);
        json.WriteNumber("position", entry.Position);
        json.WritePropertyName("event");
        try
        {
            using var payload = JsonDocument.Parse(entry.Payload);
            payload.RootElement.WriteTo(json);
        }
        catch (JsonException)
        {
            // Grains store JSON; anything else is delivered as a string rather than breaking the stream.
            json.WriteStringValue(entry.Payload);
        }

        json.WriteEndObject();
    }
}
