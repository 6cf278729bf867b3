using System.Text.Json;

namespace Voice.Silo.Tests.Endpoints;

/// <summary>One event frame: its <c>id</c>, <c>event</c> and parsed <c>data</c> lines, and the raw lines.</summary>
internal sealed record SseFrame(string Id, string Event, JsonElement Data, IReadOnlyList<string> Lines)
{
    public long Position => Data.GetProperty("position").GetInt64();

    public string Key => Data.GetProperty("key").GetString()!;

    public static SseFrame From(IReadOnlyList<string> lines)
    {
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("id: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("event: ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("data: ", lines[2], StringComparison.Ordinal);
        using var data = JsonDocument.Parse(lines[2]["data: ".Length..]);
        return new SseFrame(lines[0]["id: ".Length..], lines[1]["event: ".Length..], data.RootElement.Clone(), lines);
    }
}
