using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Registrar;

namespace Voice.Grains.Agents;

public sealed partial class AgentGrain
{
    public async Task<AgentResult> LoginAsync(AgentLoginRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        const string Operation = "login";
        if (State.Status != AgentStatus.LoggedOut)
        {
            return Refuse(Operation, AgentErrorCode.AlreadyLoggedIn, $"Agent '{AgentId}' is already logged in on DN '{State.Dn}'.");
        }

        var (config, agent, refusal) = await LookUpAsync(Operation);
        if (refusal is not null)
        {
            return refusal;
        }

        var dn = string.IsNullOrEmpty(request.Dn) ? agent!.DefaultDn : request.Dn;
        if (string.IsNullOrEmpty(dn))
        {
            return Refuse(Operation, AgentErrorCode.DnRequired, $"No DN given and agent '{AgentId}' has no default DN.");
        }

        if (!TenantAgentLookup.IsExtension(config!, dn))
        {
            return Refuse(Operation, AgentErrorCode.DnNotExtension, $"DN '{dn}' is not an extension of tenant '{TenantId}'.");
        }

        var queues = (request.Queues ?? []).Distinct(StringComparer.Ordinal).ToList();
        var known = TenantAgentLookup.QueueIds(config!);
        var unknown = queues.Where(q => !known.Contains(q)).ToList();
        if (unknown.Count > 0)
        {
            return Refuse(Operation, AgentErrorCode.UnknownQueue, $"Tenant '{TenantId}' has no queue {string.Join(", ", unknown.Select(q => $"'{q}'"))}.");
        }

        var mode = request.WorkMode ?? AgentWorkMode.AuxWork;
        if (!AgentWorkModes.IsReadyMode(mode) && !AgentWorkModes.IsNotReadyMode(mode))
        {
            return Refuse(Operation, AgentErrorCode.InvalidWorkMode, $"Work mode '{mode}' is neither a Ready nor a NotReady mode.");
        }

        // The DN link is taken before the agent's own write: a failure after it leaves a link a retried login of the
        // same agent reuses, never a logged-in agent without its DN.
        var holder = await AttachDnAsync(dn);
        if (!string.Equals(holder, AgentId, StringComparison.Ordinal))
        {
            return Refuse(Operation, AgentErrorCode.DnInUse, $"DN '{dn}' is in use by agent '{holder}'.");
        }

        var now = time.GetUtcNow();
        var next = State.Clone();
        next.Dn = dn;
        next.Queues = queues;
        next.Skills = agent!.Skills.ToDictionary(s => s.Name, s => s.Level, StringComparer.Ordinal);
        next.CallsHandled = 0;
        next.Reservation = null;
        next.ActiveCalls = [];
        next.ReturnTo = null;
        next.AfterCallWorkEndsAt = null;
        Enter(next, AgentWorkModes.IsReadyMode(mode) ? AgentStatus.Ready : AgentStatus.NotReady, mode, null, now);
        var events = new[]
        {
            Publish(next, AgentEventIds.Login, now),
            Publish(next, next.Status == AgentStatus.Ready ? AgentEventIds.Ready : AgentEventIds.NotReady, now),
        };
        return await CommitAsync(next, events);
    }

    public async Task<AgentResult> LogoutAsync()
    {
        const string Operation = "logout";
        if (State.Status == AgentStatus.LoggedOut)
        {
            return Refuse(Operation, AgentErrorCode.NotLoggedIn, $"Agent '{AgentId}' is not logged in.");
        }

        if (State.ActiveCalls.Count > 0)
        {
            return Refuse(Operation, AgentErrorCode.OnCall, $"Agent '{AgentId}' is on {State.ActiveCalls.Count} call(s); release them first.");
        }

        // Logout needs no configuration check: an agent removed from the configuration must still be able to leave.
        await GrainFactory.GetGrain<IDeviceGrain>(DeviceKey.For(TenantId, State.Dn!)).DetachAgentAsync(AgentId);
        var now = time.GetUtcNow();
        var next = State.Clone();
        // The event describes what the agent logs out of, so it is built before the DN and queues are cleared.
        var logout = Publish(next, AgentEventIds.Logout, now);
        Enter(next, AgentStatus.LoggedOut, AgentWorkMode.Unknown, null, now);
        next.Dn = null;
        next.Queues = [];
        next.Reservation = null;
        next.ReturnTo = null;
        next.AfterCallWorkEndsAt = null;
        return await CommitAsync(next, [logout]);
    }

    /// <summary>
    /// Links the DN to this agent. A DN still linked to an agent that is no longer logged in on it (its logout's
    /// detach was lost) is taken over; the holder is asked, never assumed.
    /// </summary>
    private async Task<string> AttachDnAsync(string dn)
    {
        var device = GrainFactory.GetGrain<IDeviceGrain>(DeviceKey.For(TenantId, dn));
        var holder = await device.AttachAgentAsync(AgentId);
        if (string.Equals(holder, AgentId, StringComparison.Ordinal))
        {
            return holder;
        }

        var other = await GrainFactory.GetGrain<IAgentGrain>(AgentKey.For(TenantId, holder)).GetAsync();
        if (other.Status != AgentStatus.LoggedOut && string.Equals(other.Dn, dn, StringComparison.Ordinal))
        {
            return holder;
        }

        Log.StaleDnLink(_logger, Key, dn, holder);
        await device.DetachAgentAsync(holder);
        return await device.AttachAgentAsync(AgentId);
    }
}
