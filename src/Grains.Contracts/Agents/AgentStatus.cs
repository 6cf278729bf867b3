using System.Text.Json.Serialization;

namespace Voice.Grains.Contracts.Agents;

/// <summary>Where an agent is: not working, logged in but unavailable, waiting for a call, or on one.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AgentStatus>))]
public enum AgentStatus
{
    LoggedOut,
    NotReady,
    Ready,
    Busy,
}
