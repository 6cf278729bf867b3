using System.Globalization;
using System.Text.Json;
using Voice.Redis.Commands;
using Voice.Redis.Protocol;
using Voice.Runtime.Redis.Options;

namespace Voice.Runtime.Redis.Reminders;

/// <summary>
/// Durable reminders, partitioned by placement slot so a node that acquires a slot loads exactly its reminders.
/// <para>Keys (prefix P, default <c>voice:</c>):</para>
/// <list type="bullet">
/// <item><c>P reminders:{slot}:due</c> — ZSET, member = reminder id, score = next due time (Unix ms).</item>
/// <item><c>P reminders:{slot}:defs</c> — HASH reminder id → period in ms (0 = one-shot).</item>
/// <item>Reads (never writes) <c>P slot:{s}:lease</c> field <c>epoch</c>: every change is fenced like state writes.</item>
/// </list>
/// The reminder id is the JSON array <c>["grainType","key","name"]</c>: unambiguous whatever characters the
/// parts contain, and it carries the definition so a due-time range read needs no second lookup.
/// </summary>
public sealed partial class RedisReminderTable
{
    private readonly RedisClient _client;
    private readonly RedisKeyLayout _keys;

    /// <summary>Creates the table over <paramref name="client"/> with the layout of <paramref name="options"/>.</summary>
    public RedisReminderTable(RedisClient client, RedisClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _keys = new RedisKeyLayout(options.Validate().KeyPrefix);
    }

    /// <summary>Creates or replaces a reminder in <paramref name="slot"/>, fenced by <paramref name="epoch"/>.</summary>
    public Task<ReminderUpdateStatus> UpsertAsync(int slot, long epoch, ReminderEntry reminder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        ArgumentOutOfRangeException.ThrowIfLessThan(reminder.Period, TimeSpan.Zero);
        string id = IdOf(reminder.GrainType, reminder.Key, reminder.Name);
        return RunAsync(UpsertScript, slot, [epoch, id, reminder.NextDue.ToUnixTimeMilliseconds(), (long)reminder.Period.TotalMilliseconds], cancellationToken);
    }

    /// <summary>Removes a reminder, fenced by <paramref name="epoch"/>.</summary>
    public Task<ReminderUpdateStatus> RemoveAsync(int slot, long epoch, string grainType, string key, string name, CancellationToken cancellationToken = default) =>
        RunAsync(RemoveScript, slot, [epoch, IdOf(grainType, key, name)], cancellationToken);

    /// <summary>
    /// Moves a periodic reminder from the due time it just fired at (<paramref name="firedDue"/>) to
    /// <paramref name="nextDue"/>, fenced by <paramref name="epoch"/>; refused with DueChanged when it was moved meanwhile.
    /// </summary>
    public Task<ReminderUpdateStatus> AdvanceAsync(int slot, long epoch, string grainType, string key, string name, DateTimeOffset firedDue, DateTimeOffset nextDue, CancellationToken cancellationToken = default) =>
        RunAsync(AdvanceScript, slot, [epoch, IdOf(grainType, key, name), firedDue.ToUnixTimeMilliseconds(), nextDue.ToUnixTimeMilliseconds()], cancellationToken);

    /// <summary>Reminders of <paramref name="slot"/> due at or before <paramref name="until"/>, earliest first.</summary>
    public Task<IReadOnlyList<ReminderEntry>> ReadDueAsync(int slot, DateTimeOffset until, CancellationToken cancellationToken = default) =>
        ReadAsync(slot, until.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), cancellationToken);

    /// <summary>Every reminder of <paramref name="slot"/>, earliest due first (load on slot acquisition).</summary>
    public Task<IReadOnlyList<ReminderEntry>> ReadSlotAsync(int slot, CancellationToken cancellationToken = default) =>
        ReadAsync(slot, "+inf", cancellationToken);

    private async Task<ReminderUpdateStatus> RunAsync(Voice.Redis.Scripting.RedisScript script, int slot, RedisValue[] arguments, CancellationToken cancellationToken)
    {
        RedisValue[] keys = [_keys.Lease(slot), _keys.ReminderDue(slot), _keys.ReminderDefinitions(slot)];
        RedisReply reply = await script.EvaluateAsync(_client, keys, arguments, cancellationToken).ConfigureAwait(false);
        return reply.AsString() switch
        {
            "ok" => ReminderUpdateStatus.Applied,
            "epoch" => ReminderUpdateStatus.StaleEpoch,
            "missing" => ReminderUpdateStatus.NotFound,
            _ => ReminderUpdateStatus.DueChanged,
        };
    }

    private async Task<IReadOnlyList<ReminderEntry>> ReadAsync(int slot, string maxScore, CancellationToken cancellationToken)
    {
        RedisValue[] keys = [_keys.ReminderDue(slot), _keys.ReminderDefinitions(slot)];
        RedisReply reply = await ReadScript.EvaluateAsync(_client, keys, [maxScore], cancellationToken).ConfigureAwait(false);
        var entries = new List<ReminderEntry>(reply.Elements.Count / 3);
        for (int i = 0; i + 2 < reply.Elements.Count; i += 3)
        {
            string[] parts = JsonSerializer.Deserialize<string[]>(reply.Elements[i].AsString()!)!;
            long dueMs = (long)double.Parse(reply.Elements[i + 1].AsString()!, CultureInfo.InvariantCulture);
            long periodMs = long.Parse(reply.Elements[i + 2].AsString()!, CultureInfo.InvariantCulture);
            entries.Add(new ReminderEntry(parts[0], parts[1], parts[2], TimeSpan.FromMilliseconds(periodMs), DateTimeOffset.FromUnixTimeMilliseconds(dueMs)));
        }

        return entries;
    }

    private static string IdOf(string grainType, string key, string name) => JsonSerializer.Serialize<string[]>([grainType, key, name]);
}
