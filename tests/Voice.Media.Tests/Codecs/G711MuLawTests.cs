using Voice.Media.Codecs;
using Xunit;

namespace Voice.Media.Tests.Codecs;

public class G711MuLawTests
{
    [Theory]
    [InlineData(0, 0xFF)]
    [InlineData(1000, 0xCE)]
    [InlineData(-1000, 0x4E)]
    [InlineData(32767, 0x80)]
    [InlineData(-32768, 0x00)]
    public void Encode_KnownSamples_GiveTheG711Codes(short sample, byte code) =>
        Assert.Equal(code, G711MuLaw.Encode(sample));

    [Theory]
    [InlineData(0xFF, 0)]
    [InlineData(0x7F, 0)]
    [InlineData(0xCE, 988)]
    [InlineData(0x80, 32124)]
    [InlineData(0x00, -32124)]
    public void Decode_KnownCodes_GiveTheG711Levels(byte code, short sample) =>
        Assert.Equal(sample, G711MuLaw.Decode(code));

    [Fact]
    public void EncodeDecode_EverySample_StaysWithinHalfAStepOfTheInput()
    {
        for (int sample = short.MinValue; sample <= short.MaxValue; sample++)
        {
            var decoded = G711MuLaw.Decode(G711MuLaw.Encode((short)sample));

            // Steps double per segment: 8 near zero, 1024 at the top; the top also clips at 32635.
            var allowed = Math.Max(8, Math.Abs(sample) / 16) + (Math.Abs(sample) > 32635 ? 700 : 0);
            Assert.True(Math.Abs(decoded - sample) <= allowed, $"{sample} came back as {decoded}");
        }
    }

    [Fact]
    public void DecodeEncode_EveryCode_IsStable()
    {
        for (var code = 0; code < 256; code++)
        {
            var expected = code == 0x7F ? 0xFF : code; // negative zero re-encodes as positive zero
            Assert.Equal(expected, G711MuLaw.Encode(G711MuLaw.Decode((byte)code)));
        }
    }
}
