using System.Text;

namespace Voice.Redis.Protocol;

/// <summary>
/// One parsed reply. Scalars keep their payload bytes (copied out of the receive buffer); aggregates keep
/// their elements. A RESP3 map is stored flattened (key, value, key, value) so RESP2 and RESP3 replies of
/// the same command can be read with the same accessors (<see cref="ToPairs"/>).
/// </summary>
public sealed partial class RedisReply
{
    private static readonly IReadOnlyList<RedisReply> NoElements = [];

    private readonly byte[] _payload;
    private readonly long _integer;
    private readonly double _double;

    private RedisReply(RedisReplyType type, byte[]? payload, long integer, double number, IReadOnlyList<RedisReply>? elements)
    {
        Type = type;
        _payload = payload ?? [];
        _integer = integer;
        _double = number;
        Elements = elements ?? NoElements;
    }

    /// <summary>The shared null reply.</summary>
    public static RedisReply Null { get; } = new(RedisReplyType.Null, null, 0, 0, null);

    /// <summary>The wire type.</summary>
    public RedisReplyType Type { get; }

    /// <summary>Elements of an array, set, push or (flattened) map; empty for scalars.</summary>
    public IReadOnlyList<RedisReply> Elements { get; }

    /// <summary>The three-letter format of a verbatim string (e.g. <c>txt</c>); null otherwise.</summary>
    public string? VerbatimFormat { get; private init; }

    /// <summary>RESP3 attributes that preceded this reply, flattened like a map; null when none were sent.</summary>
    public IReadOnlyList<RedisReply>? Attributes { get; internal set; }

    /// <summary>True for a null reply.</summary>
    public bool IsNull => Type == RedisReplyType.Null;

    /// <summary>True for an error reply.</summary>
    public bool IsError => Type == RedisReplyType.Error;

    /// <summary>True for arrays, sets, pushes and maps.</summary>
    public bool IsAggregate => Type is RedisReplyType.Array or RedisReplyType.Set or RedisReplyType.Push or RedisReplyType.Map;

    /// <summary>The raw payload of a string-like reply (simple, bulk, verbatim, error, big number).</summary>
    public ReadOnlySpan<byte> Payload => _payload;

    internal static RedisReply Text(RedisReplyType type, byte[] payload) => new(type, payload, 0, 0, null);

    internal static RedisReply Verbatim(string format, byte[] payload) =>
        new(RedisReplyType.VerbatimString, payload, 0, 0, null) { VerbatimFormat = format };

    internal static RedisReply Integer(long value) => new(RedisReplyType.Integer, null, value, 0, null);

    internal static RedisReply Double(double value) => new(RedisReplyType.Double, null, 0, value, null);

    internal static RedisReply Boolean(bool value) => new(RedisReplyType.Boolean, null, value ? 1 : 0, 0, null);

    internal static RedisReply Aggregate(RedisReplyType type, RedisReply[] elements) => new(type, null, 0, 0, elements);

    /// <summary>A readable rendering for diagnostics.</summary>
    public override string ToString() => Type switch
    {
        RedisReplyType.Null => "(nil)",
        RedisReplyType.Integer => $"(integer) {_integer}",
        RedisReplyType.Double => $"(double) {RespCommandWriter.FormatDouble(_double)}",
        RedisReplyType.Boolean => _integer != 0 ? "(true)" : "(false)",
        RedisReplyType.Error => $"(error) {Encoding.UTF8.GetString(_payload)}",
        _ when IsAggregate => $"({Type} of {Elements.Count})",
        _ => Encoding.UTF8.GetString(_payload),
    };
}
