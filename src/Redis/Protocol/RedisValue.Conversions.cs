using System.Buffers.Text;
using System.Globalization;

namespace Voice.Redis.Protocol;

public readonly partial struct RedisValue
{
    /// <summary>Reads the value as an integer; false for null or non-numeric text.</summary>
    public bool TryGetInt64(out long value)
    {
        switch (Kind)
        {
            case RedisValueKind.Integer:
                value = _number;
                return true;
            case RedisValueKind.Bytes:
                return Utf8Parser.TryParse(_bytes.Span, out value, out int used) && used == _bytes.Length;
            case RedisValueKind.String:
                return long.TryParse(_string, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
            default:
                value = 0;
                return false;
        }
    }

    /// <summary>Reads the value as a double; false for null or non-numeric text.</summary>
    public bool TryGetDouble(out double value)
    {
        switch (Kind)
        {
            case RedisValueKind.Double:
                value = DoubleValue;
                return true;
            case RedisValueKind.Integer:
                value = _number;
                return true;
            case RedisValueKind.Null:
                value = 0;
                return false;
            default:
                return RespDouble.TryParse(ToString()!, out value);
        }
    }

    /// <summary>The value as an integer.</summary>
    /// <exception cref="FormatException">The value is null or not an integer.</exception>
    public long ToInt64() => TryGetInt64(out long value)
        ? value
        : throw new FormatException($"Redis value '{ToString()}' is not an integer.");

    /// <summary>The value as a double.</summary>
    /// <exception cref="FormatException">The value is null or not a number.</exception>
    public double ToDouble() => TryGetDouble(out double value)
        ? value
        : throw new FormatException($"Redis value '{ToString()}' is not a number.");

    /// <inheritdoc />
    public bool Equals(RedisValue other)
    {
        if (IsNull || other.IsNull)
        {
            return IsNull && other.IsNull;
        }

        return Kind == RedisValueKind.Bytes || other.Kind == RedisValueKind.Bytes
            ? ToArray()!.AsSpan().SequenceEqual(other.ToArray())
            : string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RedisValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => IsNull ? 0 : StringComparer.Ordinal.GetHashCode(ToString()!);

    /// <summary>Value equality on the textual / byte form.</summary>
    public static bool operator ==(RedisValue left, RedisValue right) => left.Equals(right);

    /// <summary>Value inequality on the textual / byte form.</summary>
    public static bool operator !=(RedisValue left, RedisValue right) => !left.Equals(right);
}
