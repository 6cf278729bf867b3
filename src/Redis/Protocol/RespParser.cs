using System.Buffers.Text;
using System.Text;

namespace Voice.Redis.Protocol;

/// <summary>
/// Parses one RESP2/RESP3 reply from the front of a buffer. Stateless: when the buffer holds only part of a
/// reply it answers <see cref="RespParseStatus.NeedMoreData"/> and the caller retries once more bytes have
/// arrived (see <see cref="RespReadBuffer"/>). Re-scanning a partial reply is cheap because bulk payloads are
/// skipped by their declared length, never scanned.
/// </summary>
public static partial class RespParser
{
    /// <summary>Deeper nesting than this is refused; Redis itself never nests replies more than a few levels.</summary>
    public const int MaxDepth = 32;

    /// <summary>Largest bulk string accepted (Redis's own proto-max-bulk-len default is 512 MB).</summary>
    public const int MaxBulkLength = 512 * 1024 * 1024;

    /// <summary>Tries to parse one reply from the start of <paramref name="buffer"/>.</summary>
    /// <param name="buffer">Received bytes.</param>
    /// <param name="reply">The reply when <see cref="RespParseStatus.Complete"/>.</param>
    /// <param name="consumed">Bytes the reply occupied when complete.</param>
    /// <param name="error">Why the bytes are invalid when <see cref="RespParseStatus.Invalid"/>.</param>
    public static RespParseStatus TryParse(ReadOnlySpan<byte> buffer, out RedisReply? reply, out int consumed, out RespProtocolError error)
    {
        int position = 0;
        var status = ParseValue(buffer, ref position, 0, out reply, out error);
        consumed = status == RespParseStatus.Complete ? position : 0;
        if (status != RespParseStatus.Complete)
        {
            reply = null;
        }

        return status;
    }

    private static RespParseStatus ParseValue(ReadOnlySpan<byte> buffer, ref int position, int depth, out RedisReply? reply, out RespProtocolError error)
    {
        reply = null;
        if (depth > MaxDepth)
        {
            error = RespProtocolError.NestingTooDeep;
            return RespParseStatus.Invalid;
        }

        if (!TryReadLine(buffer, ref position, out byte marker, out ReadOnlySpan<byte> line))
        {
            error = RespProtocolError.None;
            return RespParseStatus.NeedMoreData;
        }

        return marker switch
        {
            (byte)'+' => Complete(RedisReply.Text(RedisReplyType.SimpleString, line.ToArray()), out reply, out error),
            (byte)'-' => Complete(RedisReply.Text(RedisReplyType.Error, line.ToArray()), out reply, out error),
            (byte)'(' => Complete(RedisReply.Text(RedisReplyType.BigNumber, line.ToArray()), out reply, out error),
            (byte)'_' => Complete(RedisReply.Null, out reply, out error),
            (byte)':' => ParseInteger(line, out reply, out error),
            (byte)',' => ParseDouble(line, out reply, out error),
            (byte)'#' => ParseBoolean(line, out reply, out error),
            (byte)'$' => ParseBulk(buffer, ref position, line, RedisReplyType.BulkString, out reply, out error),
            (byte)'!' => ParseBulk(buffer, ref position, line, RedisReplyType.Error, out reply, out error),
            (byte)'=' => ParseBulk(buffer, ref position, line, RedisReplyType.VerbatimString, out reply, out error),
            (byte)'*' => ParseAggregate(buffer, ref position, depth, line, RedisReplyType.Array, out reply, out error),
            (byte)'~' => ParseAggregate(buffer, ref position, depth, line, RedisReplyType.Set, out reply, out error),
            (byte)'>' => ParseAggregate(buffer, ref position, depth, line, RedisReplyType.Push, out reply, out error),
            (byte)'%' => ParseAggregate(buffer, ref position, depth, line, RedisReplyType.Map, out reply, out error),
            (byte)'|' => ParseAttributed(buffer, ref position, depth, line, out reply, out error),
            _ => Fail(RespProtocolError.UnknownTypeMarker, out error),
        };
    }

    /// <summary>Reads "marker line CRLF"; false when the CRLF has not arrived yet.</summary>
    private static bool TryReadLine(ReadOnlySpan<byte> buffer, ref int position, out byte marker, out ReadOnlySpan<byte> line)
    {
        marker = 0;
        line = default;
        if (position >= buffer.Length)
        {
            return false;
        }

        int end = buffer[(position + 1)..].IndexOf("\r\n"u8);
        if (end < 0)
        {
            return false;
        }

        marker = buffer[position];
        line = buffer.Slice(position + 1, end);
        position += end + 3;
        return true;
    }

    private static RespParseStatus ParseInteger(ReadOnlySpan<byte> line, out RedisReply? reply, out RespProtocolError error)
    {
        reply = null;
        return Utf8Parser.TryParse(line, out long value, out int used) && used == line.Length
            ? Complete(RedisReply.Integer(value), out reply, out error)
            : Fail(RespProtocolError.InvalidInteger, out error);
    }

    private static RespParseStatus ParseDouble(ReadOnlySpan<byte> line, out RedisReply? reply, out RespProtocolError error)
    {
        reply = null;
        return RespDouble.TryParse(Encoding.ASCII.GetString(line), out double value)
            ? Complete(RedisReply.Double(value), out reply, out error)
            : Fail(RespProtocolError.InvalidDouble, out error);
    }

    private static RespParseStatus ParseBoolean(ReadOnlySpan<byte> line, out RedisReply? reply, out RespProtocolError error)
    {
        reply = null;
        if (line.Length == 1 && line[0] is (byte)'t' or (byte)'f')
        {
            return Complete(RedisReply.Boolean(line[0] == (byte)'t'), out reply, out error);
        }

        return Fail(RespProtocolError.InvalidBoolean, out error);
    }

    private static RespParseStatus Complete(RedisReply value, out RedisReply? reply, out RespProtocolError error)
    {
        reply = value;
        error = RespProtocolError.None;
        return RespParseStatus.Complete;
    }

    private static RespParseStatus Fail(RespProtocolError reason, out RespProtocolError error)
    {
        error = reason;
        return RespParseStatus.Invalid;
    }
}
