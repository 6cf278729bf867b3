using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;

namespace Voice.Media.Rtp;

/// <summary>
/// Parses datagrams as RTP (RFC 3550 §5.1, §5.3.1). Never throws on bad input and never reads past the end:
/// it is called from a receive loop fed by anyone who can reach the port.
/// </summary>
public static class RtpPacketReader
{
    public static bool TryParse(ReadOnlyMemory<byte> datagram, [NotNullWhen(true)] out RtpPacket? packet, out RtpParseError error)
    {
        packet = null;
        error = Check(datagram.Span, out var headerLength, out var paddingLength);
        if (error != RtpParseError.None)
        {
            return false;
        }

        var span = datagram.Span;
        var csrcCount = span[0] & 0x0F;
        var csrcs = new uint[csrcCount];
        for (var i = 0; i < csrcCount; i++)
        {
            csrcs[i] = BinaryPrimitives.ReadUInt32BigEndian(span[(RtpPacket.FixedHeaderSize + (4 * i))..]);
        }

        RtpHeaderExtension? extension = null;
        if ((span[0] & 0x10) != 0)
        {
            var at = RtpPacket.FixedHeaderSize + (4 * csrcCount);
            extension = new RtpHeaderExtension(
                BinaryPrimitives.ReadUInt16BigEndian(span[at..]),
                datagram[(at + 4)..headerLength]);
        }

        packet = new RtpPacket
        {
            Marker = (span[1] & 0x80) != 0,
            PayloadType = (byte)(span[1] & 0x7F),
            SequenceNumber = BinaryPrimitives.ReadUInt16BigEndian(span[2..]),
            Timestamp = BinaryPrimitives.ReadUInt32BigEndian(span[4..]),
            Ssrc = BinaryPrimitives.ReadUInt32BigEndian(span[8..]),
            Csrcs = csrcs,
            Extension = extension,
            Payload = datagram[headerLength..(datagram.Length - paddingLength)],
            PaddingLength = (byte)paddingLength,
        };
        return true;
    }

    // Validates the structure and finds where the payload starts and how much padding ends it.
    private static RtpParseError Check(ReadOnlySpan<byte> span, out int headerLength, out int paddingLength)
    {
        headerLength = 0;
        paddingLength = 0;
        if (span.Length < RtpPacket.FixedHeaderSize)
        {
            return RtpParseError.TooShort;
        }

        if (span[0] >> 6 != 2)
        {
            return RtpParseError.UnsupportedVersion;
        }

        if ((span[1] & 0x7F) is >= 72 and <= 76)
        {
            return RtpParseError.RtcpPayloadType;
        }

        headerLength = RtpPacket.FixedHeaderSize + (4 * (span[0] & 0x0F));
        if (headerLength > span.Length)
        {
            return RtpParseError.CsrcListTruncated;
        }

        if ((span[0] & 0x10) != 0)
        {
            // RFC 3550 §5.3.1: a 4-byte extension header whose length counts the 32-bit words after it.
            if (headerLength + 4 > span.Length)
            {
                return RtpParseError.ExtensionTruncated;
            }

            headerLength += 4 + (4 * BinaryPrimitives.ReadUInt16BigEndian(span[(headerLength + 2)..]));
            if (headerLength > span.Length)
            {
                return RtpParseError.ExtensionTruncated;
            }
        }

        if ((span[0] & 0x20) != 0)
        {
            // RFC 3550 §5.1: the last octet counts the padding octets, itself included.
            paddingLength = span[^1];
            if (paddingLength == 0 || paddingLength > span.Length - headerLength)
            {
                return RtpParseError.InvalidPadding;
            }
        }

        return RtpParseError.None;
    }
}
