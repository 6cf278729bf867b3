using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Routing;
using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.Routing.Queues;
using Voice.Runtime;

namespace Voice.Grains.Routing;

/// <summary>
/// A virtual queue (key <c>{tenant}:{queueId}</c>): waiting calls in priority-then-age order, the offers being rung,
/// and the queue's agents as their notices describe them, all persisted. Every change is stored first; matching then
/// runs in a turn of its own (a grain timer), never inside the caller's call chain: a routing session or call thread
/// that enqueues or reports must not be called back (DeliverAsync) while it still waits for the queue.
/// </summary>
public sealed partial class QueueGrain(
    IOptions<QueueOptions> options,
    TimeProvider time,
    ILogger<QueueGrain>? logger = null) : Grain<QueueState>, IQueueGrain, IRemindable
{
    /// <summary>The NotReady reason code given to an agent who let a queue call ring out.</summary>
    public const string NoAnswerReason = "NoAnswer";

    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;
    private readonly QueueOptions _options = options.Value;
    private readonly WaitingList _waiting = new();

    // Changes that arrived re-entrantly (same call chain) while this activation was already changing or matching:
    // running them at once would interleave two writes of the state, so the running turn applies them when it is done.
    private readonly Queue<Func<Task>> _deferred = new();
    private bool _busy;
    private QueueSettings? _settings;

    private string TenantId => QueueKey.Split(Key).TenantId;

    private string QueueId => QueueKey.Split(Key).QueueId;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var call in State.Waiting)
        {
            _waiting.Add(call);
        }

        // After a move or a restart the stored calls and agents may already match.
        ScheduleMatch();
        return Task.CompletedTask;
    }

    public async Task<QueueResult> EnqueueAsync(QueuedCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var invalid = Check(call, TenantId);
        if (invalid is not null)
        {
            return invalid;
        }

        // Each enqueue re-reads the settings, so a changed configuration reaches the queue with its next call.
        if (await LoadSettingsAsync() is null)
        {
            return QueueResult.Refused(QueueErrorCodes.UnknownQueue, $"Tenant '{TenantId}' has no virtual queue '{QueueId}'.");
        }

        if (FindOffer(call.CallThreadKey) is { } offer)
        {
            return QueueResult.Refused(QueueErrorCodes.AlreadyOffered, $"Call '{call.CallThreadKey}' is ringing agent '{offer.AgentId}' of queue '{QueueId}'.");
        }

        // A call queued again (new skills or priority) keeps its place in time.
        var enqueuedAt = _waiting.Ordered.FirstOrDefault(w => w.CallKey == call.CallThreadKey)?.EnqueuedAt ?? time.GetUtcNow();
        var entry = new WaitingCall(call.CallThreadKey, call.Priority, enqueuedAt, new Dictionary<string, int>(call.Skills, StringComparer.Ordinal));
        var position = 1 + _waiting.Ordered.Count(w => w.CallKey != entry.CallKey && WaitingCallOrder.Instance.Compare(w, entry) < 0);
        await ChangeAsync(async () =>
        {
            _waiting.Add(entry);
            await SaveAsync();
        });
        return QueueResult.Queued(position);
    }

    public async Task<bool> RemoveAsync(string callThreadKey)
    {
        if (!_waiting.Contains(callThreadKey) && FindOffer(callThreadKey) is null)
        {
            return false;
        }

        await ChangeAsync(async () =>
        {
            var offer = FindOffer(callThreadKey);
            if (!_waiting.Remove(callThreadKey) && offer is null)
            {
                return;
            }

            if (offer is not null)
            {
                State.Offers.Remove(offer);
            }

            await SaveAsync();
            if (offer is not null)
            {
                await ReleaseAgentAsync(offer.AgentId, callThreadKey);
            }
        });
        return true;
    }

    public Task DeliveredAsync(string callThreadKey, string agentId) => ChangeAsync(async () =>
    {
        var offer = FindOffer(callThreadKey);
        if (offer is null && !_waiting.Contains(callThreadKey))
        {
            return;
        }

        if (offer is not null)
        {
            State.Offers.Remove(offer);
        }

        // Answered is answered: even a call the deadline had put back leaves the queue. The agent's view is left to
        // its own notices: this report may come after the agent's call is already over and it is Ready again.
        _waiting.Remove(callThreadKey);
        await SaveAsync();
    });

    public Task DeliveryFailedAsync(string callThreadKey, string agentId, string reason) => ChangeAsync(async () =>
    {
        var offer = FindOffer(callThreadKey);
        if (offer is null || !string.Equals(offer.AgentId, agentId, StringComparison.Ordinal))
        {
            // A late or repeated report, or one for an offer the deadline already took back.
            return;
        }

        Log.OfferFailed(_logger, Key, callThreadKey, agentId, reason);
        State.Offers.Remove(offer);
        _waiting.PutBack(offer.Call);
        var notReady = (_settings ?? await LoadSettingsAsync())?.NotReadyOnNoAnswer ?? QueueSettingNames.DefaultNotReadyOnNoAnswer;
        // The local view changes at once, so the next match passes this agent by before its notice arrives.
        UpdateAgent(agentId, a => a with { Status = notReady ? AgentStatus.NotReady : a.Status, Reserved = false });
        await SaveAsync();
        if (notReady)
        {
            await CallAgentAsync(agentId, "not-ready", a => a.NotReadyAsync(NoAnswerReason, AgentWorkMode.AuxWork));
        }
        else
        {
            await ReleaseAgentAsync(agentId, callThreadKey);
        }
    });

    public Task AgentChangedAsync(QueueAgent agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        return ChangeAsync(async () =>
        {
            var index = State.Agents.FindIndex(a => a.AgentId == agent.AgentId);
            if (agent.Status == AgentStatus.LoggedOut)
            {
                if (index < 0)
                {
                    return;
                }

                State.Agents.RemoveAt(index);
            }
            else if (index < 0)
            {
                State.Agents.Add(agent);
            }
            else
            {
                State.Agents[index] = agent;
            }

            await SaveAsync();
        });
    }

    public Task<QueueStats> GetStatsAsync()
    {
        var offered = OfferedAgents();
        // An agent held for a call (reserved here or by another queue) is not free to take one: it counts as busy.
        var statuses = State.Agents.Select(a => a.Status == AgentStatus.Ready && (a.Reserved || offered.Contains(a.AgentId)) ? AgentStatus.Busy : a.Status).ToList();
        var figures = QueueStatisticsCalculator.Calculate(_waiting.Ordered, statuses, time.GetUtcNow());
        return Task.FromResult(new QueueStats(
            QueueId,
            figures.CallsWaiting,
            figures.OldestWait.TotalSeconds,
            State.Offers.Count,
            figures.AgentsReady,
            figures.AgentsNotReady,
            figures.AgentsBusy,
            statuses.Count(s => s != AgentStatus.LoggedOut)));
    }

    private static QueueResult? Check(QueuedCall call, string tenantId)
    {
        if (string.IsNullOrEmpty(call.CallThreadKey))
        {
            return QueueResult.Refused(QueueErrorCodes.InvalidArgument, "The call thread key is empty.");
        }

        if (!string.Equals(CallThreadKey.Split(call.CallThreadKey).TenantId, tenantId, StringComparison.Ordinal))
        {
            return QueueResult.Refused(QueueErrorCodes.InvalidArgument, $"Call '{call.CallThreadKey}' is not a call of tenant '{tenantId}'.");
        }

        if (call.Priority is < QueueErrorCodes.MinPriority or > QueueErrorCodes.MaxPriority)
        {
            return QueueResult.Refused(QueueErrorCodes.InvalidArgument, $"Priority must be {QueueErrorCodes.MinPriority}-{QueueErrorCodes.MaxPriority}, got {call.Priority}.");
        }

        foreach (var (skill, level) in call.Skills ?? new Dictionary<string, int>())
        {
            if (string.IsNullOrWhiteSpace(skill) || level is < AgentSkill.MinLevel or > AgentSkill.MaxLevel)
            {
                return QueueResult.Refused(QueueErrorCodes.InvalidArgument, $"Skill '{skill}': a skill needs a name and a level of {AgentSkill.MinLevel}-{AgentSkill.MaxLevel}, got {level}.");
            }
        }

        return null;
    }

    private QueueOffer? FindOffer(string callThreadKey) =>
        State.Offers.FirstOrDefault(o => string.Equals(o.Call.CallKey, callThreadKey, StringComparison.Ordinal));

    private HashSet<string> OfferedAgents() => State.Offers.Select(o => o.AgentId).ToHashSet(StringComparer.Ordinal);

    private void UpdateAgent(string agentId, Func<QueueAgent, QueueAgent> change)
    {
        var index = State.Agents.FindIndex(a => a.AgentId == agentId);
        if (index >= 0)
        {
            State.Agents[index] = change(State.Agents[index]);
        }
    }

    private async Task<QueueSettings?> LoadSettingsAsync()
    {
        var config = await GrainFactory.GetGrain<ITenantGrain>(TenantId).GetConfigAsync();
        _settings = config is null ? null : QueueSettings.Find(config, QueueId);
        return _settings;
    }
}
