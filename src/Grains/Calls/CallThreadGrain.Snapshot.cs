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
        State.Consultation?.Kind ?? (State.Conference is null ? null : "conference")));

    /// <summary>The origination party, the destination (the answered leg's party, or the one being rung), then a consulted party.</summary>
    private IEnumerable<CallParty> Parties()
    {
        if (State.Phase == CallPhase.None || ALeg is not { } origination)
        {
            yield break;
        }

        if (State.Conference is { } conference)
        {
            foreach (var member in conference.MemberLegIds.Select(FindLeg).OfType<CallLeg>())
            {
                yield return new CallParty(member.Party, PartyRole.ConferenceMember, PartyState(member), AgentOn(member.Party), member.External);
            }

            yield break;
        }

        yield return new CallParty(origination.Party, PartyRole.Origination, PartyState(origination), State.CallerAgentId, origination.External);
        var callee = AnsweredCallee ?? State.Callees.FirstOrDefault(l => l.IsLive && !l.Added) ?? State.Callees.LastOrDefault(l => !l.Added);
        if (callee is not null)
        {
            yield return new CallParty(State.Callee, PartyRole.Destination, PartyState(callee), State.CalleeAgentId, State.CalleeIsExternal);
        }

        if (State.Consultation is { } consultation)
        {
            var state = consultation.ConsultLegId is { } id && FindLeg(id) is { } consulted ? PartyState(consulted) : "Alerting";
            yield return new CallParty(consultation.Destination, "Consultation", state, consultation.DestinationAgentId, consultation.DestinationExternal);
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
