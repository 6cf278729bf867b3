using System.Text.Json;
using Voice.Grains.Contracts;
using Voice.Grains.Contracts.Registrar;
using Voice.Grains.Tests.Support;

namespace Voice.Grains.Tests.Registrar;

/// <summary>REGISTER shorthands and event-log readers for the Device grain tests.</summary>
internal static class DeviceTestData
{
    /// <summary>Short bounds so tests can use small intervals.</summary>
    public static ExpiresBounds Bounds { get; } = new(Min: 10, Max: 600, Default: 300);

    public static RegisterRequest Register(string callId, long cseq, int? expiresHeader, params RegisterContact[] contacts) =>
        new(contacts, expiresHeader, callId, cseq, "udp:127.0.0.1:5070", Bounds);

    public static RegisterContact Contact(string user, int? expires = null, double? q = null) =>
        new($"sip:{user}@127.0.0.1:5070", expires, q);

    /// <summary>The DN service events stored for <paramref name="key"/>, with the log's sequence numbers.</summary>
    public static async Task<IReadOnlyList<(DnServiceEvent Event, long LogSeq)>> ServiceEventsAsync(GrainsHost host, string key)
    {
        var entries = await host.Events.ReadAsync(DnServiceEvent.Stream, 0, 1000);
        return [.. entries.Where(e => e.Key == key)
            .Select(e => (JsonSerializer.Deserialize(e.Payload, GrainsContractsJsonContext.Default.DnServiceEvent)!, e.Sequence))];
    }
}
