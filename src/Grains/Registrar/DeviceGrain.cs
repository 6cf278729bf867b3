using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Voice.Grains.Contracts.Registrar;
using Voice.Runtime;

namespace Voice.Grains.Registrar;

/// <summary>
/// The bindings of one address-of-record (key <c>{tenant}:{dn}</c>). Every change is persisted before the caller
/// hears of it; a durable reminder armed to the earliest expiry removes lapsed bindings; the first binding and the
/// last one going publish EventDNBackInService / EventDNOutOfService atomically with the state.
/// </summary>
public sealed partial class DeviceGrain(TimeProvider time, ILogger<DeviceGrain>? logger = null) : Grain<DeviceState>, IDeviceGrain, IRemindable
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    public Task<IReadOnlyList<DeviceBinding>> GetBindingsAsync()
    {
        IReadOnlyList<DeviceBinding> live = BindingRules.Ordered(BindingRules.Live(State.Bindings, time.GetUtcNow()));
        return Task.FromResult(live);
    }

    public async Task<RegisterResult> RegisterAsync(RegisterRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        var result = BindingRules.Register(State.Bindings, request, now, out var updated);
        if (!result.IsOk)
        {
            Log.Refused(_logger, Key, result.Outcome, request.CallId, request.CSeq);
            return result;
        }

        await CommitAsync(updated, now, "Registered");
        return result;
    }

    public async Task<RegisterResult> UnregisterAllAsync(string callId, long cseq)
    {
        ArgumentNullException.ThrowIfNull(callId);
        var now = time.GetUtcNow();
        var result = BindingRules.RemoveAll(State.Bindings, callId, cseq, out var updated);
        if (!result.IsOk)
        {
            Log.Refused(_logger, Key, result.Outcome, callId, cseq);
            return result;
        }

        await CommitAsync(updated, now, "Unregistered");
        return result;
    }

    /// <summary>Stores <paramref name="updated"/> with the service event it implies, then re-arms the expiry reminder.</summary>
    private async Task CommitAsync(List<DeviceBinding> updated, DateTimeOffset now, string reason)
    {
        var previous = (Bindings: State.Bindings, EventSeq: State.EventSeq);
        var events = ServiceEvents(previous.Bindings.Count > 0, updated.Count > 0, now, reason);
        State.Bindings = updated;
        try
        {
            await WriteStateAsync(events);
        }
        catch (InconsistentStateException)
        {
            // The activation is going away; leave the in-memory copy as it was stored.
            (State.Bindings, State.EventSeq) = previous;
            throw;
        }

        Log.BindingsStored(_logger, Key, updated.Count, reason);
        await ArmExpiryAsync(now);
    }
}
