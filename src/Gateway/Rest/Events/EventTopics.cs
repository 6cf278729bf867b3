namespace Voice.Gateway.Rest.Events;

/// <summary>The reporting topics a desktop may follow.</summary>
internal static class EventTopics
{
    public const string CallThread = "voice-callthread";
    public const string AgentState = "voice-agentstate";

    public static IReadOnlyList<string> All { get; } = [CallThread, AgentState];

    public static bool IsKnown(string? topic) => topic is CallThread or AgentState;
}
