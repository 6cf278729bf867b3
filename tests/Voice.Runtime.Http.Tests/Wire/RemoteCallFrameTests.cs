using System.Text;
using Voice.Runtime.Http.Wire;
using Voice.Runtime.Remoting;

namespace Voice.Runtime.Http.Tests.Wire;

public sealed class RemoteCallFrameTests
{
    [Fact]
    public void WriteRequest_ThenRead_EnvelopeAndArgumentsSurvive()
    {
        var request = new RemoteGrainRequest("node-7", new GrainId("t", "k/é"), "Some.IFace", -12345, "[1,\"x\"]"u8.ToArray(), "0123");

        using var frame = RemoteCallFrame.WriteRequest(request, "node-8", 1500);
        var ok = RemoteCallFrame.TryReadRequest(frame.WrittenMemory.Span, out var envelope, out var offset);

        Assert.True(ok);
        Assert.Equal(new RemoteCallEnvelope("node-8", "t", "k/é", "Some.IFace", -12345, "0123", 1500), envelope);
        Assert.Equal("[1,\"x\"]", Encoding.UTF8.GetString(frame.WrittenMemory.Span[offset..]));
    }

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 0, 0, 0 })]
    [InlineData(new byte[] { 0, 0, 0, 9, (byte)'{' })]
    [InlineData(new byte[] { 0, 0, 0, 2, (byte)'[', (byte)']' })]
    [InlineData(new byte[] { 0xff, 0xff, 0xff, 0xff, (byte)'{' })]
    public void TryReadRequest_MalformedFrame_ReturnsFalse(byte[] body)
        => Assert.False(RemoteCallFrame.TryReadRequest(body, out _, out _));

    [Fact]
    public void ReadResponse_ErrorMarker_CarriesTypeMessageAndStack()
    {
        var error = new RemoteGrainError("System.InvalidOperationException", "boom", "at X");
        byte[] body = [RemoteCallFrame.ErrorMarker, .. RemoteCallFrame.SerializeError(error)];

        var response = RemoteCallFrame.ReadResponse(body);

        Assert.Equal(error, response.Error);
        Assert.Equal("42", Encoding.UTF8.GetString(RemoteCallFrame.ReadResponse([RemoteCallFrame.ResultMarker, .. "42"u8]).Result.Span));
    }
}
