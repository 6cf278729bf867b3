using System.Buffers.Text;
using System.Text;

namespace Voice.Redis.Protocol;

public static partial class RespParser
{
    private static RespParseStatus ParseBulk(ReadOnlySpan<byte> buffer, ref int position, ReadOnlySpan<byte> line, RedisReplyType type, out RedisReply? reply, out RespProtocolError error)
    {
        reply = null;
        if (!TryParseLength(line, out int length, out error))
        {
            return RespParseStatus.Invalid;
        }

        if (length < 0)
        {
            // RESP2 null bulk string "$-1".
            return Complete(RedisReply.Null, out reply, out error);
        }

        if (buffer.Length - position < length + 2)
        {
            return RespParseStatus.NeedMoreData;
        }

        ReadOnlySpan<byte> payload = buffer.Slice(position, length);
        if (!buffer.Slice(position + length, 2).SequenceEqual("\r\n"u8))
        {
            return Fail(RespProtocolError.MissingTerminator, out error);
        }

        position += length + 2;
        if (type != RedisReplyType.VerbatimString)
        {
            return Complete(RedisReply.Text(type, payload.ToArray()), out reply, out error);
        }

        // RESP3 verbatim string: "fmt:" (three bytes and a colon) then the text.
        if (payload.Length < 4 || payload[3] != (byte)':')
        {
            return Fail(RespProtocolError.InvalidVerbatimFormat, out error);
        }

        return Complete(RedisReply.Verbatim(Encoding.ASCII.GetString(payload[..3]), payload[4..].ToArray()), out reply, out error);
    }

    private static RespParseStatus ParseAggregate(ReadOnlySpan<byte> buffer, ref int position, int depth, ReadOnlySpan<byte> line, RedisReplyType type, out RedisReply? reply, out RespProtocolError error)
    {
        reply = null;
        if (!TryParseLength(line, out int count, out error))
        {
            return RespParseStatus.Invalid;
        }

        if (count < 0)
        {
            // RESP2 null array "*-1".
            return Complete(RedisReply.Null, out reply, out error);
        }

        int elementCount = type == RedisReplyType.Map ? count * 2 : count;
        if (elementCount > buffer.Length - position)
        {
            // Every element takes at least one byte; fewer bytes than elements means more data is due,
            // and refusing to allocate here keeps a hostile count from reserving gigabytes.
            return RespParseStatus.NeedMoreData;
        }

        var elements = new RedisReply[elementCount];
        for (int i = 0; i < elements.Length; i++)
        {
            var status = ParseValue(buffer, ref position, depth + 1, out RedisReply? element, out error);
            if (status != RespParseStatus.Complete)
            {
                return status;
            }

            elements[i] = element!;
        }

        return Complete(RedisReply.Aggregate(type, elements), out reply, out error);
    }

    /// <summary>RESP3 attribute: a map of metadata that precedes, and is attached to, the following reply.</summary>
    private static RespParseStatus ParseAttributed(ReadOnlySpan<byte> buffer, ref int position, int depth, ReadOnlySpan<byte> line, out RedisReply? reply, out RespProtocolError error)
    {
        var status = ParseAggregate(buffer, ref position, depth, line, RedisReplyType.Map, out RedisReply? attributes, out error);
        if (status != RespParseStatus.Complete)
        {
            reply = null;
            return status;
        }

        status = ParseValue(buffer, ref position, depth + 1, out reply, out error);
        if (status == RespParseStatus.Complete && reply is not null)
        {
            // The shared null instance must not carry per-reply attributes.
            reply = ReferenceEquals(reply, RedisReply.Null) ? RedisReply.Aggregate(RedisReplyType.Null, []) : reply;
            reply.Attributes = attributes!.Elements;
        }

        return status;
    }

    private static bool TryParseLength(ReadOnlySpan<byte> line, out int length, out RespProtocolError error)
    {
        if (Utf8Parser.TryParse(line, out length, out int used) && used == line.Length && length >= -1 && length <= MaxBulkLength)
        {
            error = RespProtocolError.None;
            return true;
        }

        error = RespProtocolError.InvalidLength;
        return false;
    }
}
