using Voice.Grains.Contracts.Calls;

namespace Voice.Grains.Calls;

public sealed partial class CallThreadGrain
{
    public Task<CallThreadSnapshot> GetAsync() => Task.FromResult(new CallThreadSnapshot(
        Key,
        State.Phase,
        State.Phase == CallPhase.None ? null : State.CallType,
        State.Caller?.Party,
        State.Phase == CallPhase.None ? null : State.Callee,
        State.HeldByLegId is not null,
        [.. AllLegs().Select(l => l.ToString())],
        State.EventSeq,
        [.. Parties()],
        new Dictionary<string, string>(State.UserData, StringComparer.Ordinal),
        null));

    /// <summary>The caller, then the callee (the answered leg's party, or the one being rung).</summary>
    private IEnumerable<CallParty> Parties()
    {
        if (State.Phase == CallPhase.None || State.Caller is not { } caller)
        {
            yield break;
        }

        yield return new CallParty(caller.Party, PartyRole.Origination, PartyState(caller), State.CallerAgentId, State.CallerDn is null);
        var callee = AnsweredCallee ?? State.Callees.FirstOrDefault(l => l.IsLive) ?? State.Callees.LastOrDefault();
        if (callee is not null)
        {
            yield return new CallParty(State.Callee, PartyRole.Destination, PartyState(callee), State.CalleeAgentId, State.CalleeIsExternal);
        }
    }

    private string PartyState(CallLeg leg) => leg.State switch
    {
        CallLegState.Inviting or CallLegState.Early => "Alerting",
        CallLegState.Confirmed when State.HeldByLegId is { } holder && holder != leg.Id => "Held",
        CallLegState.Confirmed => "Connected",
        _ => "Released",
    };
}
