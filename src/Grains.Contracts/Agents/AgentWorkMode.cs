using System.Text.Json.Serialization;

namespace Voice.Grains.Contracts.Agents;

/// <summary>
/// TLib's AgentWorkMode: how a Ready agent takes calls (<see cref="ManualIn"/>, <see cref="AutoIn"/>) or why a NotReady
/// agent does not (<see cref="AuxWork"/>, <see cref="AfterCallWork"/>, <see cref="WalkAway"/>, <see cref="NoCallDisconnect"/>).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<AgentWorkMode>))]
public enum AgentWorkMode
{
    Unknown,
    ManualIn,
    AutoIn,
    AuxWork,
    AfterCallWork,
    WalkAway,
    NoCallDisconnect,
}
