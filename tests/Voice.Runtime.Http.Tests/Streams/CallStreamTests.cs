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

    private sealed class EndingAtOnceHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([]) });
    }
}
