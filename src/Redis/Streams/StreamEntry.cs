using Voice.Redis.Protocol;

namespace Voice.Redis.Streams;

/// <summary>One stream entry: its id and its field/value pairs in insertion order.</summary>
public sealed record StreamEntry(string Id, IReadOnlyList<KeyValuePair<string, RedisValue>> Fields)
{
    /// <summary>The value of the first field named <paramref name="name"/>, or null.</summary>
    public RedisValue this[string name] => Fields.FirstOrDefault(field => field.Key == name).Value;
}
