using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Routing;
using Voice.Grains.Routing.Queues;

namespace Voice.Grains.Routing;

public sealed partial class QueueGrain
{
    /// <summary>
    /// Pairs waiting calls with free agents until no pair is left: each pair is reserved through the agent's grain
    /// (so no agent is offered two calls, even by two queues), stored as an offer, then handed to the call thread.
    /// </summary>
    private async Task MatchAsync()
    {
        if (_waiting.Count == 0 || !State.Agents.Any(IsFree))
        {
            return;
        }

        var settings = _settings ?? await LoadSettingsAsync();
        if (settings is null)
        {
            // No longer configured: the calls wait for their routing session to move them on.
            return;
        }

        var passedBy = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var offered = OfferedAgents();
            var candidates = State.Agents
                .Where(a => IsFree(a) && !offered.Contains(a.AgentId) && !passedBy.Contains(a.AgentId))
                .Select(a => new AgentCandidate(a.AgentId, a.Skills, a.Since, a.CallsHandled))
                .ToList();
            if (candidates.Count == 0 || _waiting.Count == 0)
            {
                return;
            }

            var selector = AgentSelectors.Create(settings.Selection, roundRobinCursor: State.RoundRobinCursor);
            var assignments = QueueMatcher.Match(_waiting.Ordered, candidates, selector);
            if (assignments.Count == 0)
            {
                return;
            }

            if (selector is RoundRobinSelector roundRobin)
            {
                State.RoundRobinCursor = roundRobin.Cursor;
            }

            foreach (var assignment in assignments)
            {
                if (!await OfferAsync(assignment.Call, assignment.Agent.AgentId, settings))
                {
                    // Refused: this round goes on without the agent (its notice will bring it back when it is free).
                    passedBy.Add(assignment.Agent.AgentId);
                }
            }
        }
    }

    private static bool IsFree(QueueAgent agent) => agent.Status == AgentStatus.Ready && !agent.Reserved && agent.Dn is not null;

    /// <summary>Reserves the agent, stores the offer, hands the call over; false when the agent refused the reservation.</summary>
    private async Task<bool> OfferAsync(WaitingCall call, string agentId, QueueSettings settings)
    {
        var reservation = await CallAgentAsync(agentId, "reserve", a => a.ReserveAsync(call.CallKey, settings.RingTimeout + _options.DeliveryMargin));
        if (reservation is null || !reservation.IsOk)
        {
            if (reservation is not null)
            {
                Correct(reservation.Agent);
            }

            return false;
        }

        var dn = reservation.Agent.Dn ?? State.Agents.First(a => a.AgentId == agentId).Dn!;
        var offer = new QueueOffer(call, agentId, time.GetUtcNow());
        // Stored before the hand-over: from now on only a report, a removal or the deadline ends the offer.
        _waiting.Remove(call.CallKey);
        State.Offers.Add(offer);
        await SaveAsync();
        Log.Offered(_logger, Key, call.CallKey, agentId);

        CallControlResult delivered;
        try
        {
            delivered = await GrainFactory.GetGrain<ICallThreadGrain>(call.CallKey).DeliverAsync(new QueueDelivery(QueueId, agentId, dn, settings.RingTimeout));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Log.DeliveryError(_logger, Key, call.CallKey, agentId, e);
            return true;
        }

        if (!delivered.IsOk && State.Offers.Remove(offer))
        {
            // The call no longer waits here (hung up, answered elsewhere): it leaves the queue and frees the agent.
            Log.DeliveryRefused(_logger, Key, call.CallKey, agentId, delivered.Error);
            await SaveAsync();
            await ReleaseAgentAsync(agentId, call.CallKey);
        }

        return true;
    }

    /// <summary>Takes the agent's own account over the queue's view after a refusal (a notice may still be on its way).</summary>
    private void Correct(AgentSnapshot agent)
    {
        if (agent.Status == AgentStatus.LoggedOut)
        {
            State.Agents.RemoveAll(a => a.AgentId == agent.AgentId);
            return;
        }

        var now = time.GetUtcNow();
        UpdateAgent(agent.AgentId, a => a with
        {
            Status = agent.Status,
            Dn = agent.Dn,
            Since = agent.Since ?? a.Since,
            Reserved = agent.Reservation is { } held && held.ExpiresAt > now,
        });
    }

    private Task<AgentResult?> ReleaseAgentAsync(string agentId, string callThreadKey) =>
        CallAgentAsync(agentId, "release-reservation", a => a.ReleaseReservationAsync(callThreadKey));

    /// <summary>Calls the agent's grain; an agent that cannot be reached gives null (its reservation lapses on its own).</summary>
    private async Task<AgentResult?> CallAgentAsync(string agentId, string operation, Func<IAgentGrain, Task<AgentResult>> call)
    {
        try
        {
            return await call(GrainFactory.GetGrain<IAgentGrain>(AgentKey.For(TenantId, agentId)));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Log.AgentCallFailed(_logger, Key, agentId, operation, e);
            return null;
        }
    }
}
