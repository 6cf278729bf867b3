using System.Globalization;

namespace Voice.Runtime.Redis.Options;

/// <summary>
/// Builds every key name from the prefix so the layout lives in one place (documented in docs/cluster.md and at
/// the top of each owning class). Standalone Redis only: scripts touch keys derived from the prefix.
/// </summary>
internal sealed class RedisKeyLayout(string prefix)
{
    public string Prefix { get; } = prefix;

    public string Members => Prefix + "members";

    public string Node(string nodeId) => Prefix + "node:" + nodeId;

    public string Lease(int slot) => Prefix + "slot:" + slot.ToString(CultureInfo.InvariantCulture) + ":lease";

    public string Epoch(int slot) => Prefix + "slot:" + slot.ToString(CultureInfo.InvariantCulture) + ":epoch";

    public string State(string grainType, string key) => Prefix + "state:" + grainType + "/" + key;

    public string Stream(string stream) => Prefix + "stream:" + stream;

    public string StreamSequences(string stream) => Prefix + "stream:" + stream + ":seq";

    public string ReminderDue(int slot) => Prefix + "reminders:" + slot.ToString(CultureInfo.InvariantCulture) + ":due";

    public string ReminderDefinitions(int slot) => Prefix + "reminders:" + slot.ToString(CultureInfo.InvariantCulture) + ":defs";
}
