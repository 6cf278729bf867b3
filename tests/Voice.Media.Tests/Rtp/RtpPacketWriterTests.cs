using Voice.Media.Rtp;
using Xunit;

namespace Voice.Media.Tests.Rtp;

public class RtpPacketWriterTests
{
    [Fact]
    public void Write_FixedHeader_ProducesTheWireBytes()
    {
        var bytes = RtpPacketWriter.ToBytes(new RtpPacket
        {
            Marker = true,
            PayloadType = 8,
            SequenceNumber = 0xFFFF,
            Timestamp = 0xA0B0C0D0,
            Ssrc = 0x01020304,
            Payload = new byte[] { 0xD5 },
        });

        Assert.Equal([0x80, 0x88, 0xFF, 0xFF, 0xA0, 0xB0, 0xC0, 0xD0, 0x01, 0x02, 0x03, 0x04, 0xD5], bytes);
    }

    [Fact]
    public void Write_ThenParse_RoundTripsEveryField()
    {
        var original = new RtpPacket
        {
            Marker = true,
            PayloadType = 101,
            SequenceNumber = 65000,
            Timestamp = 4_000_000_000,
            Ssrc = 0xDEADBEEF,
            Csrcs = [1, 2, 3],
            Extension = new RtpHeaderExtension(0x1000, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }),
            Payload = Enumerable.Range(0, 160).Select(i => (byte)i).ToArray(),
            PaddingLength = 2,
        };

        var bytes = RtpPacketWriter.ToBytes(original);
        Assert.Equal(original.Size, bytes.Length);
        Assert.True(RtpPacketReader.TryParse(bytes, out var parsed, out _));
        Assert.Equal(original.Marker, parsed.Marker);
        Assert.Equal(original.PayloadType, parsed.PayloadType);
        Assert.Equal(original.SequenceNumber, parsed.SequenceNumber);
        Assert.Equal(original.Timestamp, parsed.Timestamp);
        Assert.Equal(original.Ssrc, parsed.Ssrc);
        Assert.Equal(original.Csrcs, parsed.Csrcs);
        Assert.Equal(original.Extension.Profile, parsed.Extension!.Profile);
        Assert.Equal(original.Extension.Data.ToArray(), parsed.Extension.Data.ToArray());
        Assert.Equal(original.Payload.ToArray(), parsed.Payload.ToArray());
        Assert.Equal(2, parsed.PaddingLength);
    }

    [Fact]
    public void Write_InexpressiblePackets_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => RtpPacketWriter.ToBytes(new RtpPacket { PayloadType = 128 }));
        Assert.Throws<ArgumentException>(() => RtpPacketWriter.ToBytes(new RtpPacket { Csrcs = new uint[16] }));
        Assert.Throws<ArgumentException>(() => RtpPacketWriter.ToBytes(new RtpPacket { Extension = new RtpHeaderExtension(1, new byte[3]) }));
        Assert.Throws<ArgumentException>(() => RtpPacketWriter.Write(new RtpPacket { Payload = new byte[10] }, new byte[21]));
    }
}
