using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Voice.Redis.Protocol;

/// <summary>
/// Serializes a command as a RESP array of bulk strings straight into an <see cref="IBufferWriter{T}"/>:
/// strings are UTF-8 encoded and numbers formatted in place, so no intermediate string or byte array is
/// built per argument. A command name with spaces (<c>SCRIPT LOAD</c>, <c>XGROUP CREATE</c>) is sent as
/// several leading words.
/// </summary>
public static class RespCommandWriter
{
    /// <summary>Writes <paramref name="command"/> and its <paramref name="arguments"/>.</summary>
    /// <exception cref="ArgumentException">An argument is <see cref="RedisValue.Null"/>.</exception>
    public static void Write(IBufferWriter<byte> output, string command, ReadOnlySpan<RedisValue> arguments)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        int words = CountWords(command);
        WriteHeader(output, (byte)'*', words + arguments.Length);
        foreach (Range word in command.AsSpan().Split(' '))
        {
            ReadOnlySpan<char> text = command.AsSpan()[word];
            if (!text.IsEmpty)
            {
                WriteText(output, text);
            }
        }

        foreach (RedisValue argument in arguments)
        {
            WriteArgument(output, argument);
        }
    }

    /// <summary>Redis's textual form of a double: shortest round-trip, with <c>inf</c>/<c>-inf</c>.</summary>
    public static string FormatDouble(double value) => value switch
    {
        double.PositiveInfinity => "+inf",
        double.NegativeInfinity => "-inf",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static void WriteArgument(IBufferWriter<byte> output, RedisValue argument)
    {
        switch (argument.Kind)
        {
            case RedisValueKind.String:
                WriteText(output, argument.StringValue);
                break;
            case RedisValueKind.Bytes:
                WriteBulk(output, argument.BytesValue.Span);
                break;
            case RedisValueKind.Integer:
                Span<byte> digits = stackalloc byte[24];
                Utf8Formatter.TryFormat(argument.IntegerValue, digits, out int written);
                WriteBulk(output, digits[..written]);
                break;
            case RedisValueKind.Double:
                WriteDouble(output, argument.DoubleValue);
                break;
            default:
                throw new ArgumentException("A Redis command argument cannot be null.", nameof(argument));
        }
    }

    private static void WriteDouble(IBufferWriter<byte> output, double value)
    {
        if (double.IsInfinity(value))
        {
            WriteBulk(output, value > 0 ? "+inf"u8 : "-inf"u8);
            return;
        }

        Span<byte> text = stackalloc byte[40];
        value.TryFormat(text, out int written, "R", CultureInfo.InvariantCulture);
        WriteBulk(output, text[..written]);
    }

    private static void WriteText(IBufferWriter<byte> output, ReadOnlySpan<char> text)
    {
        int length = Encoding.UTF8.GetByteCount(text);
        WriteHeader(output, (byte)'$', length);
        Span<byte> target = output.GetSpan(length + 2);
        Encoding.UTF8.GetBytes(text, target);
        "\r\n"u8.CopyTo(target[length..]);
        output.Advance(length + 2);
    }

    private static void WriteBulk(IBufferWriter<byte> output, ReadOnlySpan<byte> payload)
    {
        WriteHeader(output, (byte)'$', payload.Length);
        Span<byte> target = output.GetSpan(payload.Length + 2);
        payload.CopyTo(target);
        "\r\n"u8.CopyTo(target[payload.Length..]);
        output.Advance(payload.Length + 2);
    }

    private static void WriteHeader(IBufferWriter<byte> output, byte marker, int length)
    {
        Span<byte> target = output.GetSpan(16);
        target[0] = marker;
        Utf8Formatter.TryFormat(length, target[1..], out int written);
        "\r\n"u8.CopyTo(target[(1 + written)..]);
        output.Advance(written + 3);
    }

    private static int CountWords(string command)
    {
        int count = 0;
        foreach (Range word in command.AsSpan().Split(' '))
        {
            if (!command.AsSpan()[word].IsEmpty)
            {
                count++;
            }
        }

        return count;
    }
}
