using Voice.Media.Mixing;
using Xunit;

namespace Voice.Media.Tests.Mixing;

public class JitterQueueTests
{
    private const int Frame = 4;

    private static short[] Samples(short value, int count = Frame) => Enumerable.Repeat(value, count).ToArray();

    private static short[] Read(JitterQueue queue, out bool audio)
    {
        var frame = new short[Frame];
        audio = queue.TryReadFrame(frame);
        return frame;
    }

    [Fact]
    public void TryReadFrame_BeforePrefill_GivesSilenceThenPlaysInOrder()
    {
        var queue = new JitterQueue(prefillSamples: 2 * Frame, maxSamples: 5 * Frame);
        queue.Push(1, 10, Samples(100));
        Assert.Equal(Samples(0), Read(queue, out var early));
        Assert.False(early);

        queue.Push(1, 11, Samples(200));
        Assert.Equal(Samples(100), Read(queue, out var first));
        Assert.True(first);
        Assert.Equal(Samples(200), Read(queue, out _));
        Assert.Equal(Samples(0), Read(queue, out var underrun));
        Assert.False(underrun);
    }

    [Fact]
    public void Push_Reordered_PlaysInSequenceOrderAcrossTheWrap()
    {
        var queue = new JitterQueue(3 * Frame, 5 * Frame);
        queue.Push(1, 0, Samples(3));
        queue.Push(1, 65534, Samples(1));
        queue.Push(1, 65535, Samples(2));

        Assert.Equal(Samples(1), Read(queue, out _));
        Assert.Equal(Samples(2), Read(queue, out _));
        Assert.Equal(Samples(3), Read(queue, out _));
    }

    [Fact]
    public void Push_LateOrDuplicate_IsDiscarded()
    {
        var queue = new JitterQueue(Frame, 5 * Frame);
        queue.Push(1, 20, Samples(1));
        queue.Push(1, 20, Samples(9));
        Assert.Equal(Samples(1), Read(queue, out _));
        queue.Push(1, 19, Samples(9));

        Assert.Equal(2, queue.Discarded);
        Assert.Equal(Samples(0), Read(queue, out _));
    }

    [Fact]
    public void Push_BeyondTheMaximum_DropsTheOldest()
    {
        var queue = new JitterQueue(Frame, 2 * Frame);
        queue.Push(1, 1, Samples(1));
        queue.Push(1, 2, Samples(2));
        queue.Push(1, 3, Samples(3));

        Assert.Equal(1, queue.Discarded);
        Assert.Equal(Samples(2), Read(queue, out _));
    }

    [Fact]
    public void TryReadFrame_PacketsOfAnotherSize_AreReframed()
    {
        var queue = new JitterQueue(Frame, 5 * Frame);
        queue.Push(1, 1, Samples(5, 6));
        queue.Push(1, 2, Samples(7, 2));

        Assert.Equal(Samples(5), Read(queue, out _));
        Assert.Equal(new short[] { 5, 5, 7, 7 }, Read(queue, out _));
    }

    [Fact]
    public void Push_NewSsrc_StartsAfresh()
    {
        var queue = new JitterQueue(Frame, 5 * Frame);
        queue.Push(1, 100, Samples(1));
        queue.Push(2, 5, Samples(2));

        Assert.Equal(Samples(2), Read(queue, out _));
        Assert.Equal(0, queue.Discarded);
    }
}
