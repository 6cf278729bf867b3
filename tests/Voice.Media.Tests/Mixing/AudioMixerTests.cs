using Voice.Media.Mixing;
using Xunit;

namespace Voice.Media.Tests.Mixing;

public class AudioMixerTests
{
    [Fact]
    public void MixExcluding_ThreeContributors_GivesEachTheOtherTwo()
    {
        short[] a = [100, -100];
        short[] b = [1000, 2000];
        short[] c = [-50, 50];
        var total = new int[2];
        AudioMixer.Accumulate(total, a);
        AudioMixer.Accumulate(total, b);
        AudioMixer.Accumulate(total, c);
        var output = new short[2];

        AudioMixer.MixExcluding(total, a, output);
        Assert.Equal(new short[] { 950, 2050 }, output);
        AudioMixer.MixExcluding(total, [], output);
        Assert.Equal(new short[] { 1050, 1950 }, output);
    }

    [Fact]
    public void MixExcluding_Overflow_IsClippedToSixteenBits()
    {
        var total = new int[] { 40000 + 30000, -70000 };
        var output = new short[2];

        AudioMixer.MixExcluding(total, [], output);

        Assert.Equal(new short[] { short.MaxValue, short.MinValue }, output);
    }
}
