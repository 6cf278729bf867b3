using Voice.Redis.Protocol;

namespace Voice.Redis.Commands;

public sealed partial class RedisClient
{
    /// <summary>HGET: the field's value or <see cref="RedisValue.Null"/>.</summary>
    public async Task<RedisValue> HashGetAsync(RedisValue key, RedisValue field, CancellationToken cancellationToken = default) =>
        (await RunAsync("HGET", [key, field], cancellationToken).ConfigureAwait(false)).ToValue();

    /// <summary>HSET of one field: true when the field is new.</summary>
    public async Task<bool> HashSetAsync(RedisValue key, RedisValue field, RedisValue value, CancellationToken cancellationToken = default) =>
        (await RunAsync("HSET", [key, field, value], cancellationToken).ConfigureAwait(false)).AsInt64() == 1;

    /// <summary>HSET of several fields: how many were new.</summary>
    public async Task<long> HashSetAsync(RedisValue key, IEnumerable<KeyValuePair<RedisValue, RedisValue>> fields, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var arguments = new List<RedisValue> { key };
        foreach (var (field, value) in fields)
        {
            arguments.Add(field);
            arguments.Add(value);
        }

        return (await RunAsync("HSET", [.. arguments], cancellationToken).ConfigureAwait(false)).AsInt64();
    }

    /// <summary>HGETALL: every field and value (empty when the key does not exist).</summary>
    public async Task<Dictionary<string, RedisValue>> HashGetAllAsync(RedisValue key, CancellationToken cancellationToken = default)
    {
        RedisReply reply = await RunAsync("HGETALL", [key], cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<string, RedisValue>(StringComparer.Ordinal);
        foreach (var (field, value) in reply.ToPairs())
        {
            result[field.AsString()!] = value.ToValue();
        }

        return result;
    }

    /// <summary>HDEL: how many of the fields existed.</summary>
    public async Task<long> HashDeleteAsync(RedisValue key, RedisValue[] fields, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return (await RunAsync("HDEL", [key, .. fields], cancellationToken).ConfigureAwait(false)).AsInt64();
    }
}
