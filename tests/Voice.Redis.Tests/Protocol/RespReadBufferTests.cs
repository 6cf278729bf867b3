using System.Text;
using Voice.Redis.Protocol;

namespace Voice.Redis.Tests.Protocol;

public class RespReadBufferTests
{
    // Every RESP2 and RESP3 type, back to back, as one stream.
    private const string AllTypes =
        "+OK\r\n-ERR bad\r\n:42\r\n$5\r\nhello\r\n*2\r\n:1\r\n$-1\r\n_\r\n%1\r\n+k\r\n+v\r\n~1\r\n:7\r\n" +
        ",3.25\r\n#t\r\n(12345678901234567890\r\n=7\r\ntxt:abc\r\n>2\r\n+pubsub\r\n+x\r\n|1\r\n+ttl\r\n:3\r\n$1\r\nz\r\n!5\r\nOOPS!\r\n";

    private static readonly RedisReplyType[] AllTypesExpected =
    [
        RedisReplyType.SimpleString, RedisReplyType.Error, RedisReplyType.Integer, RedisReplyType.BulkString,
        RedisReplyType.Array, RedisReplyType.Null, RedisReplyType.Map, RedisReplyType.Set, RedisReplyType.Double,
        RedisReplyType.Boolean, RedisReplyType.BigNumber, RedisReplyType.VerbatimString, RedisReplyType.Push,
        RedisReplyType.BulkString, RedisReplyType.Error,
    ];

    private static List<RedisReply> Drain(RespReadBuffer buffer)
    {
        var replies = new List<RedisReply>();
        while (buffer.TryRead(out RedisReply? reply, out _) == RespParseStatus.Complete)
        {
            replies.Add(reply!);
        }

        return replies;
    }

    [Fact]
    public void TryRead_EveryTypeFedOneByteAtATime_ParsesAllInOrder()
    {
        var buffer = new RespReadBuffer();
        var replies = new List<RedisReply>();
        foreach (byte b in Encoding.UTF8.GetBytes(AllTypes))
        {
            buffer.Write([b]);
            replies.AddRange(Drain(buffer));
        }

        Assert.Equal(AllTypesExpected, replies.Select(r => r.Type));
        Assert.Equal("ttl", replies[13].Attributes![0].AsString());
        Assert.Equal(0, buffer.BufferedCount);
    }

    [Fact]
    public void TryRead_EverySplitPointOfAllTypes_ParsesSameReplies()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(AllTypes);
        for (int split = 1; split < bytes.Length; split++)
        {
            var buffer = new RespReadBuffer();
            buffer.Write(bytes.AsSpan(0, split));
            var replies = Drain(buffer);
            buffer.Write(bytes.AsSpan(split));
            replies.AddRange(Drain(buffer));
            Assert.Equal(AllTypesExpected, replies.Select(r => r.Type));
        }
    }

    [Fact]
    public void TryRead_PartialBulk_NeedsMoreDataUntilTerminator()
    {
        var buffer = new RespReadBuffer();
        buffer.Write("$5\r\nhel"u8);
        Assert.Equal(RespParseStatus.NeedMoreData, buffer.TryRead(out _, out _));
        buffer.Write("lo\r"u8);
        Assert.Equal(RespParseStatus.NeedMoreData, buffer.TryRead(out _, out _));
        buffer.Write("\n"u8);
        Assert.Equal(RespParseStatus.Complete, buffer.TryRead(out RedisReply? reply, out _));
        Assert.Equal("hello", reply!.AsString());
    }

    [Fact]
    public void TryRead_PayloadLargerThanInitialCapacity_GrowsBuffer()
    {
        string payload = new('x', 100_000);
        var buffer = new RespReadBuffer(4096);
        buffer.Write(Encoding.ASCII.GetBytes($"${payload.Length}\r\n{payload}\r\n"));
        Assert.Equal(RespParseStatus.Complete, buffer.TryRead(out RedisReply? reply, out _));
        Assert.Equal(payload, reply!.AsString());
    }
}
