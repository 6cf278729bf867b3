using System.Buffers;
using System.Text;
using Voice.Redis.Protocol;

namespace Voice.Redis.Tests.Protocol;

public class RespCommandWriterTests
{
    private static string Write(string command, params RedisValue[] arguments)
    {
        var buffer = new ArrayBufferWriter<byte>();
        RespCommandWriter.Write(buffer, command, arguments);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void Write_StringArguments_ProducesArrayOfBulkStrings() =>
        Assert.Equal("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$5\r\nvalue\r\n", Write("SET", "k", "value"));

    [Fact]
    public void Write_MultiWordCommand_SendsEachWord() =>
        Assert.Equal("*3\r\n$6\r\nSCRIPT\r\n$4\r\nLOAD\r\n$8\r\nreturn 1\r\n", Write("SCRIPT LOAD", "return 1"));

    [Fact]
    public void Write_NonAsciiString_UsesUtf8ByteLength() =>
        Assert.Equal("*2\r\n$3\r\nGET\r\n$2\r\né\r\n", Write("GET", "é"));

    [Fact]
    public void Write_Numbers_FormatsInvariant() =>
        Assert.Equal("*5\r\n$4\r\nZADD\r\n$2\r\n-7\r\n$3\r\n1.5\r\n$4\r\n+inf\r\n$4\r\n-inf\r\n",
            Write("ZADD", -7L, 1.5, double.PositiveInfinity, double.NegativeInfinity));

    [Fact]
    public void Write_Bytes_CopiedVerbatim() =>
        Assert.Equal("*2\r\n$4\r\nECHO\r\n$3\r\n\0\r\n\r\n", Write("ECHO", new byte[] { 0, 13, 10 }));

    [Fact]
    public void Write_NullArgument_Throws() =>
        Assert.Throws<ArgumentException>(() => Write("GET", RedisValue.Null));

    [Fact]
    public void Write_Output_ParsesBackAsSameArguments()
    {
        var buffer = new ArrayBufferWriter<byte>();
        RespCommandWriter.Write(buffer, "HSET", ["h", "f", 12L]);
        Assert.Equal(RespParseStatus.Complete, RespParser.TryParse(buffer.WrittenSpan, out RedisReply? parsed, out _, out _));
        Assert.Equal(["HSET", "h", "f", "12"], parsed!.Elements.Select(e => e.AsString()));
    }
}
