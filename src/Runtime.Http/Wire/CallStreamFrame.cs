using System.Buffers;
using System.Buffers.Binary;

namespace Voice.Runtime.Http.Wire;

/// <summary>
/// Framing of a call stream (one long-lived HTTP/2 request whose body carries many calls and whose response body
/// carries their answers, in completion order): 4-byte big-endian length of the rest, 8-byte call id, then a unary
/// request body (see <see cref="RemoteCallFrame"/>) or a unary response body (marker byte + payload).
/// </summary>
internal static class CallStreamFrame
{
    public const int HeaderLength = 12;
    public const int MaxFrameLength = 16 * 1024 * 1024;

    /// <summary>Fills the header reserved at the start of <paramref name="frame"/>.</summary>
    public static void WriteHeader(Span<byte> frame, int totalLength, long callId)
    {
        BinaryPrimitives.WriteInt32BigEndian(frame, totalLength - 4);
        BinaryPrimitives.WriteInt64BigEndian(frame[4..], callId);
    }

    /// <summary>Cuts one complete frame off the front of <paramref name="buffer"/>; false when more bytes are needed.</summary>
    /// <exception cref="InvalidDataException">The length field is out of range.</exception>
    public static bool TryRead(ref ReadOnlySequence<byte> buffer, out long callId, out ReadOnlySequence<byte> body)
    {
        callId = 0;
        body = default;
        if (buffer.Length < HeaderLength)
        {
            return false;
        }

        Span<byte> header = stackalloc byte[HeaderLength];
        buffer.Slice(0, HeaderLength).CopyTo(header);
        var length = BinaryPrimitives.ReadInt32BigEndian(header);
        if (length < HeaderLength - 4 || length > MaxFrameLength)
        {
            throw new InvalidDataException($"Call stream frame length {length} is out of range.");
        }

        if (buffer.Length < 4 + length)
        {
            return false;
        }

        callId = BinaryPrimitives.ReadInt64BigEndian(header[4..]);
        body = buffer.Slice(HeaderLength, length - (HeaderLength - 4));
        buffer = buffer.Slice(4 + length);
        return true;
    }
}
