using Voice.Media.Codecs;
using Xunit;

namespace Voice.Media.Tests.Codecs;

public class G711ALawTests
{
    [Theory]
    [InlineData(0, 0xD5)]
    [InlineData(-1, 0x55)]
    [InlineData(1000, 0xFA)]
    [InlineData(-3000, 0x12)]
    [InlineData(32767, 0xAA)]
    [InlineData(-32768, 0x2A)]
    public void Encode_KnownSamples_GiveTheG711Codes(short sample, byte code) =>
        Assert.Equal(code, G711ALaw.Encode(sample));

    [Theory]
    [InlineData(0xD5, 8)]
    [InlineData(0x55, -8)]
    [InlineData(0xFA, 1008)]
    [InlineData(0x12, -3008)]
    [InlineData(0xAA, 32256)]
    [InlineData(0x2A, -32256)]
    public void Decode_KnownCodes_GiveTheG711Levels(byte code, short sample) =>
        Assert.Equal(sample, G711ALaw.Decode(code));

    [Fact]
    public void EncodeDecode_EverySample_StaysWithinHalfAStepOfTheInput()
    {
        for (int sample = short.MinValue; sample <= short.MaxValue; sample++)
        {
            var decoded = G711ALaw.Decode(G711ALaw.Encode((short)sample));
            var allowed = Math.Max(16, Math.Abs(sample) / 32 + 8);
            Assert.True(Math.Abs(decoded - sample) <= allowed, $"{sample} came back as {decoded}");
        }
    }

    [Fact]
    public void DecodeEncode_EveryCode_IsStable()
    {
        for (var code = 0; code < 256; code++)
        {
            Assert.Equal(code, G711ALaw.Encode(G711ALaw.Decode((byte)code)));
        }
    }
}
