using System.Globalization;
using System.Text.Json;
using Voice.Grains.Contracts;
using Voice.Grains.Contracts.Calls;
using Voice.Runtime;

namespace Voice.Grains.Calls;

public sealed partial class CallThreadGrain
{
    /// <summary>One event numbered with the call's next <c>seq</c>; it is stored with the state write of this turn.</summary>
    private GrainEvent CallEventFor(
        string id,
        string thisDn,
        string thisRole,
        string? otherDn,
        string? otherRole,
        IReadOnlyDictionary<string, string>? reasons = null)
    {
        State.EventSeq++;
        var payload = new CallEvent(
            id,
            TenantId,
            CallThreadId,
            CallThreadId,
            State.Caller?.CallId ?? string.Empty,
            State.CallType,
            thisDn,
            thisRole,
            otherDn,
            otherRole,
            State.Routing?.QueueId, // a call queued or delivered from a queue names it on every event
            AgentOn(thisDn),
            State.UserData,
            reasons,
            null,
            time.GetUtcNow(),
            State.EventSeq);
        Log.Event(_logger, Key, id, thisDn, State.EventSeq);
        return new GrainEvent(CallEvent.Stream, Key, JsonSerializer.Serialize(payload, GrainsContractsJsonContext.Default.CallEvent));
    }

    /// <summary>The agent logged in on <paramref name="dn"/> for this call (callee or calling extension), or null.</summary>
    private string? AgentOn(string dn) =>
        State.PartyAgents.TryGetValue(dn, out var agent) ? agent
        : !State.CalleeIsExternal && dn == State.Callee ? State.CalleeAgentId
        : dn == State.CallerDn ? State.CallerAgentId
        : null;

    private GrainEvent ReleasedEvent(string thisDn, string role, string cause, int? sipStatus = null, string? releasedBy = null)
    {
        var reasons = new Dictionary<string, string> { ["Cause"] = cause };
        if (sipStatus is { } status)
        {
            reasons["SipStatus"] = status.ToString(CultureInfo.InvariantCulture);
        }

        if (releasedBy is not null)
        {
            reasons["ReleasedBy"] = releasedBy;
        }

        var other = role == PartyRole.Destination ? ALeg?.Party : State.Callee;
        var otherRole = role == PartyRole.Destination ? PartyRole.Origination : PartyRole.Destination;
        return CallEventFor(CallEventIds.Released, thisDn, role, other, otherRole, reasons);
    }

    /// <summary>EventReleased for each party of the tenant on the call: the callee when it is a DN, the caller when it is an extension.</summary>
    private void AddReleasedEvents(CallChange change, string cause, int? sipStatus = null, string? releasedBy = null)
    {
        if (State.Conference is { } conference)
        {
            foreach (var member in conference.MemberLegIds.Select(FindLeg).OfType<CallLeg>().Where(IsInternal))
            {
                change.Events.Add(ReleasedEvent(member.Party, PartyRole.ConferenceMember, cause, sipStatus, releasedBy));
            }

            return;
        }

        if (!State.CalleeIsExternal)
        {
            change.Events.Add(ReleasedEvent(State.Callee, PartyRole.Destination, cause, sipStatus, releasedBy));
        }

        if (State.CallerDn is { } callerDn)
        {
            change.Events.Add(ReleasedEvent(callerDn, PartyRole.Origination, cause, sipStatus, releasedBy));
        }

        if (State.Consultation is { DestinationExternal: false } consultation)
        {
            change.Events.Add(ConsultationReleasedEvent(consultation, cause, releasedBy));
        }
    }

    /// <summary>
    /// Once per call, however the alerting became known (18x, or straight 2xx): EventRinging on a callee DN, or
    /// EventNetworkReached on the caller when the call went out to the network through a trunk.
    /// </summary>
    private void AddRingingOnce(CallChange change)
    {
        if (State.RingingPublished)
        {
            return;
        }

        State.RingingPublished = true;
        change.Events.Add(State.CalleeIsExternal
            ? CallEventFor(CallEventIds.NetworkReached, State.CallerDn!, PartyRole.Origination, State.Callee, PartyRole.Destination)
            : CallEventFor(CallEventIds.Ringing, State.Callee, PartyRole.Destination, ALeg?.Party, PartyRole.Origination));
    }

    /// <summary>
    /// An event about the destination (busy, abandoned): on the callee DN, or — the callee being outside — on the
    /// caller's DN, naming the number.
    /// </summary>
    private GrainEvent DestinationEvent(string id) => State.CalleeIsExternal
        ? CallEventFor(id, State.CallerDn!, PartyRole.Origination, State.Callee, PartyRole.Destination)
        : CallEventFor(id, State.Callee, PartyRole.Destination, ALeg?.Party, PartyRole.Origination);
}
