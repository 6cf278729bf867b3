using System.Text;
using Voice.Redis.Protocol;

namespace Voice.Redis.Tests.Protocol;

public class RespParserTests
{
    private static RedisReply ParseWhole(string wire)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(wire);
        var status = RespParser.TryParse(bytes, out RedisReply? reply, out int consumed, out RespProtocolError error);
        Assert.Equal(RespParseStatus.Complete, status);
        Assert.Equal(RespProtocolError.None, error);
        Assert.Equal(bytes.Length, consumed);
        return reply!;
    }

    [Fact]
    public void TryParse_SimpleString_ReturnsText()
    {
        var reply = ParseWhole("+OK\r\n");
        Assert.Equal(RedisReplyType.SimpleString, reply.Type);
        Assert.Equal("OK", reply.AsString());
        Assert.True(reply.AsBoolean());
    }

    [Fact]
    public void TryParse_Error_ExposesPrefix()
    {
        var reply = ParseWhole("-WRONGTYPE Operation against a key\r\n");
        Assert.True(reply.IsError);
        Assert.Equal("WRONGTYPE", reply.ErrorPrefix);
    }

    [Fact]
    public void TryParse_BlobError_IsError()
    {
        var reply = ParseWhole("!21\r\nSYNTAX invalid syntax\r\n");
        Assert.True(reply.IsError);
        Assert.Equal("SYNTAX", reply.ErrorPrefix);
    }

    [Theory]
    [InlineData(":0\r\n", 0L)]
    [InlineData(":-42\r\n", -42L)]
    [InlineData(":9223372036854775807\r\n", long.MaxValue)]
    public void TryParse_Integer_ReturnsValue(string wire, long expected) => Assert.Equal(expected, ParseWhole(wire).AsInt64());

    [Fact]
    public void TryParse_BulkString_IsBinarySafe()
    {
        var reply = ParseWhole("$7\r\na\r\nb\0cd\r\n");
        Assert.Equal(RedisReplyType.BulkString, reply.Type);
        Assert.Equal("a\r\nb\0cd", reply.AsString());
    }

    [Fact]
    public void TryParse_EmptyBulkString_IsEmptyNotNull()
    {
        var reply = ParseWhole("$0\r\n\r\n");
        Assert.False(reply.IsNull);
        Assert.Equal(string.Empty, reply.AsString());
    }

    [Theory]
    [InlineData("$-1\r\n")]
    [InlineData("*-1\r\n")]
    [InlineData("_\r\n")]
    public void TryParse_NullForms_AreNull(string wire)
    {
        var reply = ParseWhole(wire);
        Assert.True(reply.IsNull);
        Assert.True(reply.ToValue().IsNull);
    }

    [Fact]
    public void TryParse_NestedArray_KeepsStructure()
    {
        var reply = ParseWhole("*3\r\n:1\r\n*2\r\n+a\r\n$1\r\nb\r\n$-1\r\n");
        Assert.Equal(RedisReplyType.Array, reply.Type);
        Assert.Equal(3, reply.Elements.Count);
        Assert.Equal("b", reply.Elements[1].Elements[1].AsString());
        Assert.True(reply.Elements[2].IsNull);
    }

    [Fact]
    public void TryParse_Map_FlattensPairs()
    {
        var reply = ParseWhole("%2\r\n+first\r\n:1\r\n+second\r\n:2\r\n");
        Assert.Equal(RedisReplyType.Map, reply.Type);
        var pairs = reply.ToPairs().ToDictionary(p => p.Key.AsString()!, p => p.Value.AsInt64());
        Assert.Equal(new Dictionary<string, long> { ["first"] = 1, ["second"] = 2 }, pairs);
    }

    [Fact]
    public void TryParse_Set_ReturnsElements()
    {
        var reply = ParseWhole("~2\r\n+x\r\n+y\r\n");
        Assert.Equal(RedisReplyType.Set, reply.Type);
        Assert.Equal(["x", "y"], reply.Elements.Select(e => e.AsString()));
    }

    [Theory]
    [InlineData(",1.5\r\n", 1.5)]
    [InlineData(",-0.25\r\n", -0.25)]
    [InlineData(",inf\r\n", double.PositiveInfinity)]
    [InlineData(",-inf\r\n", double.NegativeInfinity)]
    [InlineData(",1e3\r\n", 1000.0)]
    public void TryParse_Double_ReturnsValue(string wire, double expected)
    {
        var reply = ParseWhole(wire);
        Assert.Equal(RedisReplyType.Double, reply.Type);
        Assert.Equal(expected, reply.AsDouble());
    }

    [Fact]
    public void TryParse_DoubleNan_ReturnsNan() => Assert.True(double.IsNaN(ParseWhole(",nan\r\n").AsDouble()));

    [Theory]
    [InlineData("#t\r\n", true)]
    [InlineData("#f\r\n", false)]
    public void TryParse_Boolean_ReturnsValue(string wire, bool expected)
    {
        var reply = ParseWhole(wire);
        Assert.Equal(RedisReplyType.Boolean, reply.Type);
        Assert.Equal(expected, reply.AsBoolean());
    }

    [Fact]
    public void TryParse_BigNumber_KeepsDigits()
    {
        var reply = ParseWhole("(3492890328409238509324850943850943825024385\r\n");
        Assert.Equal(RedisReplyType.BigNumber, reply.Type);
        Assert.Equal("3492890328409238509324850943850943825024385", reply.AsString());
    }

    [Fact]
    public void TryParse_VerbatimString_SplitsFormat()
    {
        var reply = ParseWhole("=15\r\ntxt:Some string\r\n");
        Assert.Equal(RedisReplyType.VerbatimString, reply.Type);
        Assert.Equal("txt", reply.VerbatimFormat);
        Assert.Equal("Some string", reply.AsString());
    }

    [Fact]
    public void TryParse_Push_IsPush()
    {
        var reply = ParseWhole(">3\r\n$7\r\nmessage\r\n$2\r\nch\r\n$5\r\nhello\r\n");
        Assert.Equal(RedisReplyType.Push, reply.Type);
        Assert.Equal("hello", reply.Elements[2].AsString());
    }

    [Fact]
    public void TryParse_Attribute_AttachesToFollowingReply()
    {
        var reply = ParseWhole("|1\r\n+key-popularity\r\n%1\r\n$1\r\na\r\n,0.19\r\n*1\r\n:2039123\r\n");
        Assert.Equal(RedisReplyType.Array, reply.Type);
        Assert.Equal(2039123, reply.Elements[0].AsInt64());
        Assert.NotNull(reply.Attributes);
        Assert.Equal("key-popularity", reply.Attributes![0].AsString());
    }

    [Fact]
    public void TryParse_TwoRepliesInBuffer_ConsumesOnlyFirst()
    {
        byte[] bytes = "+A\r\n+B\r\n"u8.ToArray();
        Assert.Equal(RespParseStatus.Complete, RespParser.TryParse(bytes, out RedisReply? reply, out int consumed, out _));
        Assert.Equal("A", reply!.AsString());
        Assert.Equal(4, consumed);
    }

    [Theory]
    [InlineData("?1\r\n", RespProtocolError.UnknownTypeMarker)]
    [InlineData(":12x\r\n", RespProtocolError.InvalidInteger)]
    [InlineData("$abc\r\n", RespProtocolError.InvalidLength)]
    [InlineData("*-5\r\n", RespProtocolError.InvalidLength)]
    [InlineData("$3\r\nabcXY", RespProtocolError.MissingTerminator)]
    [InlineData("#x\r\n", RespProtocolError.InvalidBoolean)]
    [InlineData(",one\r\n", RespProtocolError.InvalidDouble)]
    [InlineData("=3\r\ntxt\r\n", RespProtocolError.InvalidVerbatimFormat)]
    public void TryParse_MalformedInput_ReturnsTypedError(string wire, RespProtocolError expected)
    {
        var status = RespParser.TryParse(Encoding.UTF8.GetBytes(wire), out RedisReply? reply, out int consumed, out RespProtocolError error);
        Assert.Equal(RespParseStatus.Invalid, status);
        Assert.Equal(expected, error);
        Assert.Null(reply);
        Assert.Equal(0, consumed);
    }

    [Fact]
    public void TryParse_DeepNesting_IsRefused()
    {
        string wire = string.Concat(Enumerable.Repeat("*1\r\n", RespParser.MaxDepth + 2)) + ":1\r\n";
        Assert.Equal(RespParseStatus.Invalid, RespParser.TryParse(Encoding.UTF8.GetBytes(wire), out _, out _, out RespProtocolError error));
        Assert.Equal(RespProtocolError.NestingTooDeep, error);
    }
}
