using System.Globalization;
using System.Text;

namespace Voice.Redis.Protocol;

/// <summary>
/// A scalar Redis value: a command argument or a scalar reply. Holds its original form (string, bytes,
/// integer, double) so the command writer can encode it straight into the output buffer without first
/// building an intermediate string per argument.
/// </summary>
public readonly partial struct RedisValue : IEquatable<RedisValue>
{
    private readonly string? _string;
    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly long _number;

    private RedisValue(RedisValueKind kind, string? text, ReadOnlyMemory<byte> bytes, long number)
    {
        Kind = kind;
        _string = text;
        _bytes = bytes;
        _number = number;
    }

    /// <summary>The null value.</summary>
    public static RedisValue Null => default;

    /// <summary>What this value holds.</summary>
    public RedisValueKind Kind { get; }

    /// <summary>True for the null value.</summary>
    public bool IsNull => Kind == RedisValueKind.Null;

    internal string? StringValue => _string;

    internal ReadOnlyMemory<byte> BytesValue => _bytes;

    internal long IntegerValue => _number;

    internal double DoubleValue => BitConverter.Int64BitsToDouble(_number);

    /// <summary>Wraps a string (null gives <see cref="Null"/>).</summary>
    public static RedisValue FromString(string? value) =>
        value is null ? Null : new RedisValue(RedisValueKind.String, value, default, 0);

    /// <summary>Wraps bytes without copying them; the caller must not change them while a command is pending.</summary>
    public static RedisValue FromBytes(ReadOnlyMemory<byte> value) => new(RedisValueKind.Bytes, null, value, 0);

    /// <summary>Wraps an integer.</summary>
    public static RedisValue FromInt64(long value) => new(RedisValueKind.Integer, null, default, value);

    /// <summary>Wraps a double.</summary>
    public static RedisValue FromDouble(double value) =>
        new(RedisValueKind.Double, null, default, BitConverter.DoubleToInt64Bits(value));

    /// <summary>Converts a string.</summary>
    public static implicit operator RedisValue(string? value) => FromString(value);

    /// <summary>Converts bytes (null gives <see cref="Null"/>).</summary>
    public static implicit operator RedisValue(byte[]? value) => value is null ? Null : FromBytes(value);

    /// <summary>Converts bytes.</summary>
    public static implicit operator RedisValue(ReadOnlyMemory<byte> value) => FromBytes(value);

    /// <summary>Converts an integer.</summary>
    public static implicit operator RedisValue(long value) => FromInt64(value);

    /// <summary>Converts an integer.</summary>
    public static implicit operator RedisValue(int value) => FromInt64(value);

    /// <summary>Converts a double.</summary>
    public static implicit operator RedisValue(double value) => FromDouble(value);

    /// <summary>The value as text (UTF-8 decoded for bytes); null for <see cref="Null"/>.</summary>
    public override string? ToString() => Kind switch
    {
        RedisValueKind.String => _string,
        RedisValueKind.Bytes => Encoding.UTF8.GetString(_bytes.Span),
        RedisValueKind.Integer => _number.ToString(CultureInfo.InvariantCulture),
        RedisValueKind.Double => RespCommandWriter.FormatDouble(DoubleValue),
        _ => null,
    };

    /// <summary>The value as bytes (UTF-8 encoded for text); null for <see cref="Null"/>.</summary>
    public byte[]? ToArray() => Kind switch
    {
        RedisValueKind.Bytes => _bytes.ToArray(),
        RedisValueKind.Null => null,
        _ => Encoding.UTF8.GetBytes(ToString()!),
    };
}
