using System.Buffers.Binary;
using System.Text.Json;
using Voice.Runtime.Remoting;

namespace Voice.Runtime.Http.Wire;

/// <summary>
/// Request body: 4-byte big-endian envelope length, the envelope as JSON, then the arguments JSON array as produced
/// by the generated code. Response body: one marker byte, then the result JSON ('R') or a RemoteGrainError ('E').
/// </summary>
internal static class RemoteCallFrame
{
    public const string ContentType = "application/x-voice-grain-call";
    public const byte ResultMarker = (byte)'R';
    public const byte ErrorMarker = (byte)'E';

    /// <summary>Call streams only: the slot is owned elsewhere; a MisdirectedCallAnswer follows (unary: HTTP 421).</summary>
    public const byte MisdirectedMarker = (byte)'M';
    private const int LengthPrefix = 4;

    /// <param name="headroom">Bytes left free at the start for an outer header (see <see cref="CallStreamFrame"/>).</param>
    public static PooledBufferWriter WriteRequest(RemoteGrainRequest request, string targetNodeId, long deadlineMilliseconds, int headroom = 0)
    {
        var envelope = new RemoteCallEnvelope(
            targetNodeId, request.GrainId.Type, request.GrainId.Key, request.InterfaceName, request.MethodId, request.CallChainId, deadlineMilliseconds);
        var frame = new PooledBufferWriter(256 + headroom + request.Arguments.Length);
        frame.Advance(headroom + LengthPrefix);
        using (var writer = new Utf8JsonWriter(frame))
        {
            JsonSerializer.Serialize(writer, envelope, RemotingJsonContext.Default.RemoteCallEnvelope);
        }

        BinaryPrimitives.WriteInt32BigEndian(frame.Buffer.AsSpan(headroom), frame.WrittenCount - headroom - LengthPrefix);
        request.Arguments.Span.CopyTo(frame.GetSpan(request.Arguments.Length));
        frame.Advance(request.Arguments.Length);
        return frame;
    }

    /// <summary>Splits a request body; false when it is not a well-formed frame.</summary>
    public static bool TryReadRequest(ReadOnlySpan<byte> body, out RemoteCallEnvelope envelope, out int argumentsOffset)
    {
        envelope = null!;
        argumentsOffset = 0;
        if (body.Length < LengthPrefix)
        {
            return false;
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(body);
        if (length <= 0 || length > body.Length - LengthPrefix)
        {
            return false;
        }

        try
        {
            envelope = JsonSerializer.Deserialize(body.Slice(LengthPrefix, length), RemotingJsonContext.Default.RemoteCallEnvelope)!;
        }
        catch (JsonException)
        {
            return false;
        }

        argumentsOffset = LengthPrefix + length;
        return envelope is not null;
    }

    public static byte[] SerializeError(RemoteGrainError error)
        => JsonSerializer.SerializeToUtf8Bytes(error, RemotingJsonContext.Default.RemoteGrainError);

    /// <summary>Turns a response body back into a <see cref="RemoteGrainResponse"/>.</summary>
    public static RemoteGrainResponse ReadResponse(byte[] body)
    {
        if (body.Length == 0)
        {
            throw new JsonException("Empty grain call response.");
        }

        if (body[0] == ErrorMarker)
        {
            var error = JsonSerializer.Deserialize(body.AsSpan(1), RemotingJsonContext.Default.RemoteGrainError)
                ?? throw new JsonException("Grain call error without content.");
            return new RemoteGrainResponse(ReadOnlyMemory<byte>.Empty, error);
        }

        return body[0] == ResultMarker
            ? new RemoteGrainResponse(body.AsMemory(1), null)
            : throw new JsonException($"Unknown grain call response marker 0x{body[0]:x2}.");
    }
}
