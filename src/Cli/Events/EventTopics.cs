namespace Voice.Cli.Events;

/// <summary>The reporting topics grains publish on (the node's /events serves exactly these).</summary>
internal static class EventTopics
{
    public static IReadOnlyList<string> All { get; } = ["voice-callthread", "voice-agentstate"];

    public static bool IsKnown(string topic) => All.Contains(topic, StringComparer.Ordinal);
}
