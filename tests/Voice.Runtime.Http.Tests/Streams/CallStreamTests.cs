using System.Net;
using Voice.Runtime.Http.Streams;
using Voice.Runtime.Http.Wire;
using Voice.Runtime.Remoting;

namespace Voice.Runtime.Http.Tests.Streams;

public sealed class CallStreamTests
{
    [Fact]
    public async Task StreamEndsBeforeFrameWritten_CallFailsAsNotSent()
    {
        // The "node" answers the stream at once with an empty body and never reads the request body.
        using var client = new HttpClient(new EndingAtOnceHandler());
        using var stream = new CallStream(client, new Uri("http://127.0.0.1:1/_grains/stream"));
        var request = new RemoteGrainRequest("n", new GrainId("t", "k"), "I", 1, "[]"u8.ToArray(), "c");
        var frame = RemoteCallFrame.WriteRequest(request, "n", 1000, CallStreamFrame.HeaderLength);
        CallStreamFrame.WriteHeader(frame.Buffer, frame.WrittenCount, 7);

        var error = await Assert.ThrowsAsync<CallNotSentException>(() => stream.CallAsync(frame, 7, CancellationToken.None));

        Assert.IsType<IOException>(error.InnerException);
        Assert.True(stream.IsBroken);
    }

    [Fact]
    public async Task ConnectionRefused_CallFailsAsNotSentWithTheConnectionError()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var client = new HttpClient();
        using var stream = new CallStream(client, new Uri($"http://127.0.0.1:{port}/_grains/stream"));
        var request = new RemoteGrainRequest("n", new GrainId("t", "k"), "I", 1, "[]"u8.ToArray(), "c");
        var frame = RemoteCallFrame.WriteRequest(request, "n", 1000, CallStreamFrame.HeaderLength);
        CallStreamFrame.WriteHeader(frame.Buffer, frame.WrittenCount, 8);

        var error = await Assert.ThrowsAsync<CallNotSentException>(() => stream.CallAsync(frame, 8, CancellationToken.None));

        var connection = Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal(HttpRequestError.ConnectionError, connection.HttpRequestError);
    }

    [Fact]
    public async Task StreamTornDownAfterTheFrameLeft_CallFailsAsIOException_NotAsCancellation()
    {
        // HttpClient cancels the request body mid-stream (an HTTP/2 stream reset): the caller did not cancel anything,
        // so it must not see OperationCanceledException — that once escaped a node's start-up and ended the process.
        using var client = new HttpClient(new CancellingWhileSendingHandler());
        using var stream = new CallStream(client, new Uri("http://127.0.0.1:1/_grains/stream"));
        var request = new RemoteGrainRequest("n", new GrainId("t", "k"), "I", 1, "[]"u8.ToArray(), "c");
        var frame = RemoteCallFrame.WriteRequest(request, "n", 1000, CallStreamFrame.HeaderLength);
        CallStreamFrame.WriteHeader(frame.Buffer, frame.WrittenCount, 9);

        var error = await Assert.ThrowsAsync<IOException>(() => stream.CallAsync(frame, 9, CancellationToken.None));

        Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
        Assert.True(stream.IsBroken);
    }

    private sealed class CancellingWhileSendingHandler : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await request.Content!.CopyToAsync(new CancellingSink(), cancellationToken);
            throw new InvalidOperationException("the sink always cancels");
        }
    }

    /// <summary>Takes the first frame, then fails the way a reset HTTP/2 stream does.</summary>
    private sealed class CancellingSink : MemoryStream
    {
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new OperationCanceledException("stream reset");

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            throw new OperationCanceledException("stream reset");

        public override void Write(byte[] buffer, int offset, int count) => throw new OperationCanceledException("stream reset");
    }

    private sealed class EndingAtOnceHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([]) });
    }
}
