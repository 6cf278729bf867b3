using System.Text.Json;

namespace Voice.Gateway.Tests.Desktop;

/// <summary>Reading the TLib-style event payloads of the streams: call events and agent events share these members.</summary>
public static class DesktopEvents
{
    public static string Id(JsonElement e) => e.GetProperty("id").GetString()!;

    public static string? Text(JsonElement e, string member) =>
        e.TryGetProperty(member, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static string? ThisDn(JsonElement e) => Text(e, "ThisDN");

    public static string? AgentId(JsonElement e) => Text(e, "AgentID");

    /// <summary>A member of <c>Reasons</c> (Cause, ReleasedBy …), or null.</summary>
    public static string? Reason(JsonElement e, string name) =>
        e.TryGetProperty("Reasons", out var reasons) && reasons.TryGetProperty(name, out var value) ? value.GetString() : null;

    /// <summary>"EventHeld(1002)" for a call event, "EventAgentReady(ManualIn)" for an agent event.</summary>
    public static string Describe(JsonElement e) =>
        $"{Id(e)}({ThisDn(e) ?? Text(e, "AgentWorkMode") ?? string.Empty}{(Reason(e, "Cause") is { } cause ? "," + cause : string.Empty)})";

    /// <summary>Id and DN of each event, for an order assertion.</summary>
    public static IReadOnlyList<(string Id, string? Dn)> IdsAndDns(IEnumerable<JsonElement> events) =>
        [.. events.Select(e => (Id(e), ThisDn(e)))];
}
