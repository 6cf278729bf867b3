using Voice.Grains.Contracts.Agents;

namespace Voice.Grains.Agents;

public sealed partial class AgentGrain
{
    public async Task<AgentResult> ReadyAsync(AgentWorkMode workMode)
    {
        const string Operation = "ready";
        if (!AgentWorkModes.IsReadyMode(workMode))
        {
            return Refuse(Operation, AgentErrorCode.InvalidWorkMode, $"Ready needs work mode ManualIn or AutoIn, not '{workMode}'.");
        }

        return await ChangeStatusAsync(Operation, AgentStatus.Ready, workMode, null);
    }

    public async Task<AgentResult> NotReadyAsync(string? reason, AgentWorkMode workMode)
    {
        const string Operation = "not-ready";
        if (!AgentWorkModes.IsNotReadyMode(workMode))
        {
            return Refuse(Operation, AgentErrorCode.InvalidWorkMode, $"NotReady needs work mode AuxWork, AfterCallWork, WalkAway or NoCallDisconnect, not '{workMode}'.");
        }

        return await ChangeStatusAsync(Operation, AgentStatus.NotReady, workMode, string.IsNullOrEmpty(reason) ? null : reason);
    }

    public async Task<AgentResult> SetDndAsync(bool on)
    {
        var refusal = await CheckLoggedInAsync(on ? "dnd-on" : "dnd-off");
        if (refusal is not null)
        {
            return refusal;
        }

        if (State.Dnd == on)
        {
            return AgentResult.Ok(Snapshot());
        }

        var next = State.Clone();
        next.Dnd = on;
        // A reservation is a promise to take the call; DND withdraws it.
        if (on)
        {
            next.Reservation = null;
        }

        return await CommitAsync(next, [Publish(next, on ? AgentEventIds.DndOn : AgentEventIds.DndOff, time.GetUtcNow())]);
    }

    public async Task<AgentResult> SetForwardAsync(string target)
    {
        const string Operation = "forward-set";
        if (string.IsNullOrWhiteSpace(target))
        {
            return Refuse(Operation, AgentErrorCode.InvalidArgument, "The forwarding target is empty.");
        }

        var refusal = await CheckLoggedInAsync(Operation);
        if (refusal is not null)
        {
            return refusal;
        }

        if (string.Equals(target, State.Dn, StringComparison.Ordinal))
        {
            return Refuse(Operation, AgentErrorCode.InvalidArgument, $"Forwarding DN '{target}' to itself would loop.");
        }

        var next = State.Clone();
        next.ForwardTo = target;
        return await CommitAsync(next, [Publish(next, AgentEventIds.ForwardSet, time.GetUtcNow(), extensions: new() { ["ForwardTo"] = target })]);
    }

    public async Task<AgentResult> CancelForwardAsync()
    {
        var refusal = await CheckLoggedInAsync("forward-cancel");
        if (refusal is not null)
        {
            return refusal;
        }

        if (State.ForwardTo is null)
        {
            return AgentResult.Ok(Snapshot());
        }

        var next = State.Clone();
        next.ForwardTo = null;
        return await CommitAsync(next, [Publish(next, AgentEventIds.ForwardCancel, time.GetUtcNow())]);
    }

    /// <summary>
    /// Ready / NotReady. While Busy the request only sets where the agent returns after the call (no event yet);
    /// during after-call work it ends that work at once.
    /// </summary>
    private async Task<AgentResult> ChangeStatusAsync(string operation, AgentStatus status, AgentWorkMode mode, string? reason)
    {
        var refusal = await CheckLoggedInAsync(operation);
        if (refusal is not null)
        {
            return refusal;
        }

        var now = time.GetUtcNow();
        var next = State.Clone();
        if (next.Status == AgentStatus.Busy)
        {
            next.ReturnTo = new AgentReturnState(status, mode, reason);
            next.WorkMode = mode;
            next.Reason = reason;
            return await CommitAsync(next, []);
        }

        next.ReturnTo = null;
        next.AfterCallWorkEndsAt = null;
        if (status != AgentStatus.Ready)
        {
            next.Reservation = null;
        }

        Enter(next, status, mode, reason, now);
        var id = status == AgentStatus.Ready ? AgentEventIds.Ready : AgentEventIds.NotReady;
        return await CommitAsync(next, [Publish(next, id, now)]);
    }

    /// <summary>Refuses unless the agent is logged in and still configured in its tenant.</summary>
    private async Task<AgentResult?> CheckLoggedInAsync(string operation)
    {
        if (State.Status == AgentStatus.LoggedOut)
        {
            return Refuse(operation, AgentErrorCode.NotLoggedIn, $"Agent '{AgentId}' is not logged in.");
        }

        return (await LookUpAsync(operation)).Refusal;
    }
}
