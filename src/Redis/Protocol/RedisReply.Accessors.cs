using System.Globalization;
using System.Text;

namespace Voice.Redis.Protocol;

public sealed partial class RedisReply
{
    /// <summary>The reply as text; null for a null reply.</summary>
    /// <exception cref="InvalidCastException">The reply is an aggregate.</exception>
    public string? AsString() => Type switch
    {
        RedisReplyType.Null => null,
        RedisReplyType.Integer => _integer.ToString(CultureInfo.InvariantCulture),
        RedisReplyType.Double => RespCommandWriter.FormatDouble(_double),
        RedisReplyType.Boolean => _integer != 0 ? "1" : "0",
        _ when IsAggregate => throw new InvalidCastException($"A {Type} reply is not a string."),
        _ => Encoding.UTF8.GetString(_payload),
    };

    /// <summary>The reply as an integer (integer replies, numeric strings, booleans as 0/1).</summary>
    /// <exception cref="InvalidCastException">The reply is not integral.</exception>
    public long AsInt64()
    {
        if (Type is RedisReplyType.Integer or RedisReplyType.Boolean)
        {
            return _integer;
        }

        return ToValue().TryGetInt64(out long value)
            ? value
            : throw new InvalidCastException($"Reply {this} is not an integer.");
    }

    /// <summary>The reply as a double (RESP3 doubles, integers, numeric strings such as a RESP2 ZSCORE).</summary>
    /// <exception cref="InvalidCastException">The reply is not numeric.</exception>
    public double AsDouble() => Type switch
    {
        RedisReplyType.Double => _double,
        RedisReplyType.Integer => _integer,
        _ => ToValue().TryGetDouble(out double value) ? value : throw new InvalidCastException($"Reply {this} is not a number."),
    };

    /// <summary>The reply as a boolean: RESP3 booleans, integers (non-zero) and <c>OK</c>.</summary>
    public bool AsBoolean() => Type switch
    {
        RedisReplyType.Boolean or RedisReplyType.Integer => _integer != 0,
        RedisReplyType.SimpleString => _payload.AsSpan().SequenceEqual("OK"u8),
        _ => false,
    };

    /// <summary>A scalar reply as a <see cref="RedisValue"/> (bytes for strings; null for null).</summary>
    /// <exception cref="InvalidCastException">The reply is an aggregate.</exception>
    public RedisValue ToValue() => Type switch
    {
        RedisReplyType.Null => RedisValue.Null,
        RedisReplyType.Integer or RedisReplyType.Boolean => RedisValue.FromInt64(_integer),
        RedisReplyType.Double => RedisValue.FromDouble(_double),
        _ when IsAggregate => throw new InvalidCastException($"A {Type} reply is not a scalar."),
        _ => RedisValue.FromBytes(_payload),
    };

    /// <summary>
    /// Key/value pairs of a RESP3 map or of a RESP2 flat array (HGETALL, stream fields, CONFIG GET).
    /// A null reply gives no pairs.
    /// </summary>
    /// <exception cref="InvalidCastException">The reply is not a map or an even-length aggregate.</exception>
    public IEnumerable<KeyValuePair<RedisReply, RedisReply>> ToPairs()
    {
        if (IsNull)
        {
            return [];
        }

        if (!IsAggregate || Elements.Count % 2 != 0)
        {
            throw new InvalidCastException($"Reply {this} is not a map.");
        }

        var pairs = new KeyValuePair<RedisReply, RedisReply>[Elements.Count / 2];
        for (int i = 0; i < pairs.Length; i++)
        {
            pairs[i] = new(Elements[2 * i], Elements[(2 * i) + 1]);
        }

        return pairs;
    }

    /// <summary>The error prefix (first word, e.g. <c>NOSCRIPT</c>) of an error reply; null otherwise.</summary>
    public string? ErrorPrefix
    {
        get
        {
            if (!IsError)
            {
                return null;
            }

            int space = Array.IndexOf(_payload, (byte)' ');
            return Encoding.UTF8.GetString(_payload, 0, space < 0 ? _payload.Length : space);
        }
    }
}
