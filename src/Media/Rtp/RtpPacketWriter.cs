using System.Buffers.Binary;

namespace Voice.Media.Rtp;

/// <summary>Serializes <see cref="RtpPacket"/> into the RFC 3550 §5.1 wire format.</summary>
public static class RtpPacketWriter
{
    public static byte[] ToBytes(RtpPacket packet)
    {
        var bytes = new byte[packet.Size];
        Write(packet, bytes);
        return bytes;
    }

    /// <summary>Writes the packet at the start of <paramref name="destination"/> and returns its length.</summary>
    /// <exception cref="ArgumentException">The packet cannot be expressed on the wire or does not fit.</exception>
    public static int Write(RtpPacket packet, Span<byte> destination)
    {
        Validate(packet);
        var size = packet.Size;
        if (destination.Length < size)
        {
            throw new ArgumentException($"RTP packet needs {size} bytes, the buffer has {destination.Length}", nameof(destination));
        }

        var padded = packet.PaddingLength > 0;
        destination[0] = (byte)(0x80 | (padded ? 0x20 : 0) | (packet.Extension is null ? 0 : 0x10) | packet.Csrcs.Count);
        destination[1] = (byte)((packet.Marker ? 0x80 : 0) | packet.PayloadType);
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], packet.SequenceNumber);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], packet.Timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(destination[8..], packet.Ssrc);
        var at = RtpPacket.FixedHeaderSize;
        foreach (var csrc in packet.Csrcs)
        {
            BinaryPrimitives.WriteUInt32BigEndian(destination[at..], csrc);
            at += 4;
        }

        if (packet.Extension is { } extension)
        {
            BinaryPrimitives.WriteUInt16BigEndian(destination[at..], extension.Profile);
            BinaryPrimitives.WriteUInt16BigEndian(destination[(at + 2)..], (ushort)(extension.Data.Length / 4));
            extension.Data.Span.CopyTo(destination[(at + 4)..]);
            at += 4 + extension.Data.Length;
        }

        packet.Payload.Span.CopyTo(destination[at..]);
        at += packet.Payload.Length;
        if (padded)
        {
            destination.Slice(at, packet.PaddingLength - 1).Clear();
            destination[at + packet.PaddingLength - 1] = packet.PaddingLength;
        }

        return size;
    }

    private static void Validate(RtpPacket packet)
    {
        if (packet.PayloadType > 127)
        {
            throw new ArgumentException($"payload type {packet.PayloadType} does not fit in 7 bits", nameof(packet));
        }

        if (packet.Csrcs.Count > RtpPacket.MaxCsrcCount)
        {
            throw new ArgumentException($"{packet.Csrcs.Count} CSRCs; the CC field holds at most {RtpPacket.MaxCsrcCount}", nameof(packet));
        }

        if (packet.Extension is { } e && (e.Data.Length % 4 != 0 || e.Data.Length / 4 > ushort.MaxValue))
        {
            throw new ArgumentException($"extension data of {e.Data.Length} bytes is not a whole number of 32-bit words that fits the length field", nameof(packet));
        }
    }
}
