using Voice.Sip.Transport;

namespace Voice.Sip.Tests.Transport;

public class StreamReceiveBufferTests
{
    [Fact]
    public void GetWriteMemory_FullBuffer_GrowsAndKeepsUnconsumedBytes()
    {
        using var buffer = new StreamReceiveBuffer(512, 4096);
        var first = buffer.GetWriteMemory();
        first.Span.Fill((byte)'a');
        buffer.Advance(first.Length);

        var more = buffer.GetWriteMemory();

        Assert.False(more.IsEmpty);
        Assert.Equal(first.Length, buffer.Length);
        Assert.True(buffer.Data.IndexOfAnyExcept((byte)'a') < 0);
    }

    [Fact]
    public void GetWriteMemory_ConsumedPrefix_IsCompactedBeforeGrowing()
    {
        using var buffer = new StreamReceiveBuffer(512, 512);
        var memory = buffer.GetWriteMemory();
        memory.Span.Fill((byte)'x');
        memory.Span[^1] = (byte)'y';
        buffer.Advance(memory.Length);
        buffer.Consume(memory.Length - 1);

        var free = buffer.GetWriteMemory();

        Assert.Equal(memory.Length - 1, free.Length);
        Assert.Equal("y"u8.ToArray(), buffer.CopyOut(1));
    }

    [Fact]
    public void GetWriteMemory_CeilingReached_ReturnsEmpty()
    {
        using var buffer = new StreamReceiveBuffer(512, 1024);
        var total = 0;
        for (var i = 0; i < 10; i++)
        {
            var memory = buffer.GetWriteMemory();
            if (memory.IsEmpty)
            {
                break;
            }

            buffer.Advance(memory.Length);
            total += memory.Length;
        }

        Assert.True(buffer.GetWriteMemory().IsEmpty);
        Assert.InRange(total, 1025, 4096);
    }
}
