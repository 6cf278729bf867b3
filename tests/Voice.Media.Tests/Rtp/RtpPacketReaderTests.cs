using Voice.Media.Rtp;
using Xunit;

namespace Voice.Media.Tests.Rtp;

public class RtpPacketReaderTests
{
    // V=2, M=1 PT=0, seq 0x1234, ts 0x01020304, SSRC 0xCAFEBABE, payload AA BB.
    private static readonly byte[] Minimal = [0x80, 0x80, 0x12, 0x34, 0x01, 0x02, 0x03, 0x04, 0xCA, 0xFE, 0xBA, 0xBE, 0xAA, 0xBB];

    [Fact]
    public void TryParse_FixedHeader_ReadsEveryField()
    {
        Assert.True(RtpPacketReader.TryParse(Minimal, out var packet, out var error));
        Assert.Equal(RtpParseError.None, error);
        Assert.True(packet.Marker);
        Assert.Equal(0, packet.PayloadType);
        Assert.Equal(0x1234, packet.SequenceNumber);
        Assert.Equal(0x01020304u, packet.Timestamp);
        Assert.Equal(0xCAFEBABEu, packet.Ssrc);
        Assert.Empty(packet.Csrcs);
        Assert.Null(packet.Extension);
        Assert.Equal([0xAA, 0xBB], packet.Payload.ToArray());
        Assert.Equal(0, packet.PaddingLength);
    }

    [Fact]
    public void TryParse_CsrcsExtensionAndPadding_SeparatesThemFromThePayload()
    {
        byte[] datagram =
        [
            0xB2, 0x08, 0x00, 0x01, 0x00, 0x00, 0x00, 0xA0, 0x00, 0x00, 0x00, 0x01, // V=2 P X CC=2, PT 8
            0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x03, // CSRCs 2, 3
            0xBE, 0xDE, 0x00, 0x01, 0x10, 0x20, 0x30, 0x40, // extension profile 0xBEDE, one word
            0xD5, 0xD5, 0xD5, // payload
            0x00, 0x00, 0x03, // three padding octets
        ];

        Assert.True(RtpPacketReader.TryParse(datagram, out var packet, out _));
        Assert.False(packet.Marker);
        Assert.Equal(8, packet.PayloadType);
        Assert.Equal([2u, 3u], packet.Csrcs);
        Assert.Equal(0xBEDE, packet.Extension!.Profile);
        Assert.Equal([0x10, 0x20, 0x30, 0x40], packet.Extension.Data.ToArray());
        Assert.Equal([0xD5, 0xD5, 0xD5], packet.Payload.ToArray());
        Assert.Equal(3, packet.PaddingLength);
    }

    public static TheoryData<byte[], RtpParseError> Malformed => new()
    {
        { [], RtpParseError.TooShort },
        { [0x80, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00], RtpParseError.TooShort },
        { [0x40, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01], RtpParseError.UnsupportedVersion },
        { [0x83, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x02], RtpParseError.CsrcListTruncated },
        { [0x90, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0xBE, 0xDE], RtpParseError.ExtensionTruncated },
        { [0x90, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0xBE, 0xDE, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00], RtpParseError.ExtensionTruncated },
        { [0xA0, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0xFF, 0x00], RtpParseError.InvalidPadding },
        { [0xA0, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0xFF, 0x03], RtpParseError.InvalidPadding },
        // An RTCP receiver report (PT 201 = M bit + 73) arriving on the RTP port.
        { [0x81, 0xC9, 0x00, 0x07, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00], RtpParseError.RtcpPayloadType },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void TryParse_MalformedDatagram_IsRefusedWithTheReason(byte[] datagram, RtpParseError expected)
    {
        Assert.False(RtpPacketReader.TryParse(datagram, out var packet, out var error));
        Assert.Null(packet);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void TryParse_EveryTruncationOfAValidPacket_IsRefusedWithoutThrowing()
    {
        var full = RtpPacketWriter.ToBytes(new RtpPacket
        {
            Csrcs = [7],
            Extension = new RtpHeaderExtension(1, new byte[8]),
            Payload = new byte[20],
            PaddingLength = 4,
        });

        for (var length = 0; length < full.Length; length++)
        {
            // Every prefix is cut inside the header or leaves a zero payload byte where the padding count should be.
            Assert.False(RtpPacketReader.TryParse(full.AsMemory(0, length), out _, out var error), $"prefix of {length} bytes");
            Assert.NotEqual(RtpParseError.None, error);
        }

        Assert.True(RtpPacketReader.TryParse(full, out _, out _));
    }
}
