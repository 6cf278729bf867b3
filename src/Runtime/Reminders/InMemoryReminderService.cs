using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Voice.Runtime.Reminders;

/// <summary>
/// Process-local reminders driven by <see cref="TimeProvider"/> timers (one per reminder, no polling). Not durable
/// across process restarts; survives grain deactivation because timers live here, not in the activation.
/// </summary>
public sealed class InMemoryReminderService(TimeProvider timeProvider, ILogger<InMemoryReminderService>? logger = null)
    : IReminderService, IDisposable
{
    private readonly object _gate = new();
    private readonly Dictionary<(GrainId Grain, string Name), InMemoryReminder> _reminders = [];
    private readonly List<IReminderSink> _sinks = [];
    private readonly ILogger _logger = logger ?? NullLogger<InMemoryReminderService>.Instance;

    public Task RegisterOrUpdateAsync(GrainId grainId, string name, TimeSpan dueTime, TimeSpan period, CancellationToken cancellationToken = default)
    {
        var registration = new ReminderRegistration(grainId, name, dueTime, period);
        lock (_gate)
        {
            if (_reminders.Remove((grainId, name), out var existing))
            {
                existing.Dispose();
            }

            _reminders[(grainId, name)] = new InMemoryReminder(this, registration, timeProvider);
        }

        return Task.CompletedTask;
    }

    public Task UnregisterAsync(GrainId grainId, string name, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_reminders.Remove((grainId, name), out var existing))
            {
                existing.Dispose();
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ReminderRegistration>> GetRemindersAsync(GrainId grainId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<ReminderRegistration> result = _reminders.Values.Select(r => r.Registration).Where(r => r.GrainId == grainId).ToArray();
            return Task.FromResult(result);
        }
    }

    public IDisposable AttachSink(IReminderSink sink)
    {
        lock (_gate)
        {
            _sinks.Add(sink);
        }

        return new ReminderSinkAttachment(this, sink);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var reminder in _reminders.Values)
            {
                reminder.Dispose();
            }

            _reminders.Clear();
        }
    }

    internal void Deliver(ReminderRegistration registration, ReminderTick tick)
    {
        IReminderSink? sink;
        lock (_gate)
        {
            // Any attached runtime can deliver: it routes the tick to the node owning the grain's slot.
            sink = _sinks.Count > 0 ? _sinks[0] : null;
        }

        if (sink is null)
        {
            Log.NoSink(_logger, registration.GrainId, registration.Name);
            return;
        }

        _ = DeliverAsync(sink, registration, tick);
    }

    private async Task DeliverAsync(IReminderSink sink, ReminderRegistration registration, ReminderTick tick)
    {
        try
        {
            await sink.DeliverReminderAsync(registration.GrainId, registration.Name, tick).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // A failed tick is not retried; the next period fires again.
            Log.DeliveryFailed(_logger, ex, registration.GrainId, registration.Name);
        }
    }

    internal void Detach(IReminderSink sink)
    {
        lock (_gate)
        {
            _sinks.Remove(sink);
        }
    }
}
