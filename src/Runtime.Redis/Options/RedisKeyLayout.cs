using System.Collections.Concurrent;
using System.Globalization;
using Voice.Runtime.Placement;

namespace Voice.Runtime.Redis.Options;

/// <summary>
/// Builds every key name from the prefix so the layout lives in one place (documented in docs/cluster.md and at
/// the top of each owning class). Standalone Redis only: scripts touch keys derived from the prefix.
/// </summary>
internal sealed class RedisKeyLayout(string prefix)
{
    // Every fenced write names its slot's lease key and its event streams' keys: built once, not per write.
    // Stream names come from code (a handful per application); the cap only guards against unbounded growth.
    private const int MaxCachedStreams = 1024;
    private readonly string?[] _leases = new string?[SlotHasher.SlotCount];
    private readonly ConcurrentDictionary<string, (string Stream, string Sequences)> _streams = new(StringComparer.Ordinal);

    public string Prefix { get; } = prefix;

    public string Members => Prefix + "members";

    public string Node(string nodeId) => Prefix + "node:" + nodeId;

    public string Lease(int slot) => (uint)slot < (uint)_leases.Length
        ? _leases[slot] ??= BuildLease(slot)
        : BuildLease(slot);

    public string Epoch(int slot) => Prefix + "slot:" + slot.ToString(CultureInfo.InvariantCulture) + ":epoch";

    public string State(string grainType, string key) => Prefix + "state:" + grainType + "/" + key;

    public string Stream(string stream) => StreamKeys(stream).Stream;

    public string StreamSequences(string stream) => StreamKeys(stream).Sequences;

    /// <summary>The stream key and its per-key sequence hash key, cached per stream name.</summary>
    public (string Stream, string Sequences) StreamKeys(string stream)
    {
        if (_streams.TryGetValue(stream, out var keys))
        {
            return keys;
        }

        keys = (Prefix + "stream:" + stream, Prefix + "stream:" + stream + ":seq");
        if (_streams.Count < MaxCachedStreams)
        {
            _streams.TryAdd(stream, keys);
        }

        return keys;
    }

    public string ReminderDue(int slot) => Prefix + "reminders:" + slot.ToString(CultureInfo.InvariantCulture) + ":due";

    public string ReminderDefinitions(int slot) => Prefix + "reminders:" + slot.ToString(CultureInfo.InvariantCulture) + ":defs";

    private string BuildLease(int slot) => Prefix + "slot:" + slot.ToString(CultureInfo.InvariantCulture) + ":lease";
}
