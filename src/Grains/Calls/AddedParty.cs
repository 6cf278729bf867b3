using Voice.Grains.Contracts.Calls;

namespace Voice.Grains.Calls;

/// <summary>A destination about to join a call under way: its number, agent and the legs ringing it, or why not.</summary>
public sealed record AddedParty(string Number, string? AgentId, bool External, IReadOnlyList<CallLeg> Legs, CallControlResult? Refusal)
{
    public static AddedParty Refused(string error, string message) => new(string.Empty, null, false, [], CallControlResult.Refused(error, message));
}
