using Voice.Grains.Contracts.Calls;

namespace Voice.Grains.Calls;

public sealed partial class CallThreadGrain
{
    /// <summary>
    /// Remote answer: a NOTIFY with <c>Event: talk</c> in the early dialog of the ringing phone — the convention desk
    /// phones (BroadWorks-style remote control) answer by going off-hook; the phone's 200 to the INVITE then connects
    /// the call as if answered by hand.
    /// </summary>
    public async Task<CallControlResult> AnswerAsync(string dn)
    {
        var legs = AllLegs().Where(l => l.Party == dn && (l != State.Caller || State.CallerInvited)).ToList();
        if (legs.Count == 0 || State.Phase is CallPhase.None or CallPhase.Released)
        {
            return CallControlResult.Refused("NotAParty", $"{dn} is not a party to call {CallThreadId}");
        }

        var ringing = legs.FirstOrDefault(l => l.State == CallLegState.Early && l.RemoteTag is not null);
        if (ringing is null)
        {
            return legs.Any(l => l.State == CallLegState.Inviting)
                ? CallControlResult.Refused("NotRinging", $"the phone on {dn} has not reported ringing yet")
                : CallControlResult.Refused("NotRinging", $"no call is ringing on {dn}");
        }

        var change = new CallChange();
        change.Actions.Add(InDialogAction(ringing, "NOTIFY", headers: new Dictionary<string, string>
        {
            ["Event"] = "talk",
            ["Subscription-State"] = "terminated;reason=noresource",
        }));
        await CommitAsync(change);
        Log.RemoteAnswer(_logger, Key, dn, ringing.Id);
        return CallControlResult.Accepted;
    }
}
