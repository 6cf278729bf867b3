using System.Text.Json;
using Voice.Grains.Contracts;
using Voice.Grains.Contracts.Registrar;
using Voice.Runtime;

namespace Voice.Grains.Registrar;

public sealed partial class DeviceGrain
{
    /// <summary>
    /// The event a change from <paramref name="wasInService"/> to <paramref name="isInService"/> publishes (none when
    /// the DN stays in or out of service), numbered with the next per-key <c>seq</c>.
    /// </summary>
    private List<GrainEvent> ServiceEvents(bool wasInService, bool isInService, DateTimeOffset now, string reason)
    {
        if (wasInService == isInService)
        {
            return [];
        }

        var (tenantId, dn) = DeviceKey.Split(Key);
        State.EventSeq++;
        var payload = new DnServiceEvent(
            isInService ? DnServiceEvent.BackInService : DnServiceEvent.OutOfService,
            tenantId,
            dn,
            now,
            State.EventSeq,
            new Dictionary<string, string> { ["Reason"] = reason });
        var json = JsonSerializer.Serialize(payload, GrainsContractsJsonContext.Default.DnServiceEvent);
        Log.ServiceChanged(_logger, Key, payload.Id, payload.Seq);
        return [new GrainEvent(DnServiceEvent.Stream, Key, json)];
    }
}
