using Voice.Grains.Contracts.Calls;

namespace Voice.Grains.Calls;

public sealed partial class CallThreadGrain
{
    /// <summary>
    /// Single-step: <paramref name="dn"/> leaves at once (BYE, EventReleased with cause Transferred) and the
    /// destination is rung without SDP; when it answers, its offer goes to the party that stayed (RFC 3725 flow I).
    /// </summary>
    public async Task<CallControlResult> TransferAsync(string dn, string destination, TransferMode mode)
    {
        if (mode == TransferMode.TwoStep)
        {
            return await ConsultAsync(dn, destination, ConsultationKinds.Transfer);
        }

        var refused = Refusal(dn, out var leg, out var other) ?? DestinationCheck(destination, leg, other);
        if (refused is not null)
        {
            return refused;
        }

        var reached = await ReachAsync(destination, other.RemoteUri);
        if (reached.Refusal is { } unreachable)
        {
            return unreachable;
        }

        var change = new CallChange();
        LeaveCall(change, leg, reached.Number, ReleaseCause.Transferred);
        ReplaceParty(leg, reached, reached.Legs[0].Id);
        State.HeldByLegId = null;
        State.HoldOffer = null;
        StartBridgeToNewLegs(change, BridgePurpose.Transfer, reached.Legs, other);
        await CommitAsync(change);
        await ArmRingTimerAsync();
        Log.Transfer(_logger, Key, dn, "single-step", reached.Number);
        return CallControlResult.Accepted;
    }

    /// <summary>A destination no transfer or consultation can go to: empty, the transferring party, or the other party.</summary>
    private CallControlResult? DestinationCheck(string destination, CallLeg leg, CallLeg other) =>
        string.IsNullOrWhiteSpace(destination) ? CallControlResult.Refused("InvalidDestination", "a destination is required")
        : destination == leg.Party || destination == other.Party ? CallControlResult.Refused("InvalidDestination", $"{destination} is already on call {CallThreadId}")
        : null;

    /// <summary><paramref name="leg"/>'s party leaves the call: BYE, EventReleased (internal parties) and its agent told.</summary>
    private void LeaveCall(CallChange change, CallLeg leg, string? towards, string cause)
    {
        var role = RoleOf(leg);
        var internalParty = IsInternal(leg);
        var agent = internalParty ? AgentOn(leg.Party) : null;
        if (leg.State == CallLegState.Confirmed)
        {
            change.Actions.Add(ByeAction(leg, cause == ReleaseCause.Transferred ? $"Transferred to {towards}" : cause));
        }

        leg.State = CallLegState.Terminated;
        if (internalParty)
        {
            change.Events.Add(CallEventFor(CallEventIds.Released, leg.Party, role, towards, PartyRole.Destination, new Dictionary<string, string> { ["Cause"] = cause }));
        }

        if (agent is not null)
        {
            change.AgentNotices.Add((agent, false));
        }
    }

    /// <summary>The side <paramref name="leaving"/> was on is now <paramref name="joining"/>'s, reached on <paramref name="legId"/>.</summary>
    private void ReplaceParty(CallLeg leaving, AddedParty joining, string legId)
    {
        if (IsOrigination(leaving))
        {
            State.ALegId = legId;
            State.CallerDn = joining.External ? null : joining.Number;
            State.CallerAgentId = joining.AgentId;
        }
        else
        {
            State.AnsweredLegId = legId;
            State.Callee = joining.Number;
            State.CalleeAgentId = joining.AgentId;
            State.CalleeIsExternal = joining.External;
        }

        if (joining.AgentId is { } agent)
        {
            State.PartyAgents[joining.Number] = agent;
        }
    }

    private string RoleOf(CallLeg leg) => IsOrigination(leg) ? PartyRole.Origination : PartyRole.Destination;

    /// <summary>Whether the party on <paramref name="leg"/> is a DN of the tenant (else a trunk caller or an external number).</summary>
    private static bool IsInternal(CallLeg leg) => !leg.External;

    /// <summary>The ringing of a new destination ends by the same reminder as a call's no-answer.</summary>
    private Task ArmRingTimerAsync() =>
        RegisterOrUpdateReminderAsync(TimerReminder, _options.NoAnswerTimeout, _options.NoAnswerTimeout);
}
