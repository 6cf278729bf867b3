using System.Net;
using System.Text.Json;
using Voice.Runtime.Http.Tests.Grains;
using Voice.Runtime.Http.Tests.Support;
using Voice.Runtime.Http.Wire;
using Voice.Runtime.Placement;
using Voice.Runtime.Remoting;

namespace Voice.Runtime.Http.Tests;

public sealed class GrainRemotingEndpointTests
{
    [Fact]
    public async Task CrossNodeCall_ServedOverHttp2_ArgumentsAndResultRoundTrip()
    {
        await using var cluster = await HttpTestCluster.StartAsync(2);
        var key = cluster.KeyOwnedBy("node-1");
        var sent = new Shipment("s-1", ["a", "ü \"quoted\""], 1.25m, new DateTimeOffset(2026, 11, 22, 5, 0, 0, TimeSpan.FromHours(1)));

        var packed = await cluster.Node("node-0").Runtime.GetGrain<IRemoteProbeGrain>(key).PackAsync(sent, 2);

        Assert.Equal(["a", "ü \"quoted\"", "extra-1", "extra-2"], packed.Items);
        Assert.Equal(2.5m, packed.Weight);
        Assert.Equal(sent.Sent, packed.Sent);
        Assert.Equal("node-1", await cluster.Node("node-0").Runtime.GetGrain<IRemoteProbeGrain>(key).WhereAsync());
        Assert.False(cluster.Node("node-0").Runtime.IsActivatedHere(new GrainId("remote-probe", key)));
        Assert.Equal(2, cluster.Node("node-1").Endpoint.CallsServed);
        Assert.NotEmpty(cluster.Node("node-1").Requests);
        Assert.All(cluster.Node("node-1").Requests, r => Assert.Equal(("HTTP/2", "/_grains/stream"), r));
    }

    [Fact]
    public async Task CrossNodeCall_GrainThrows_CallerGetsInvocationExceptionWithTypeMessageAndStack()
    {
        await using var cluster = await HttpTestCluster.StartAsync(2);
        var key = cluster.KeyOwnedBy("node-1");

        var error = await Assert.ThrowsAsync<GrainInvocationException>(
            () => cluster.Node("node-0").Runtime.GetGrain<IRemoteProbeGrain>(key).FailAsync("far away boom"));

        Assert.Equal(typeof(InvalidOperationException).FullName, error.OriginalExceptionType);
        Assert.Equal("far away boom", error.Message);
        Assert.Contains(nameof(RemoteProbeGrain.FailAsync), error.RemoteStackTrace, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReentrantChain_AcrossNodesOverHttp_Completes()
    {
        await using var cluster = await HttpTestCluster.StartAsync(2);
        var origin = cluster.KeyOwnedBy("node-0", "origin");
        var partner = cluster.KeyOwnedBy("node-1", "partner");

        // node-0's grain holds its turn while node-1's grain calls back into it: only the chain id lets that in.
        var answer = await cluster.Node("node-0").Runtime.GetGrain<IRemoteProbeGrain>(origin).PingPongAsync(partner)
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("node-0>node-1>node-0", answer);
        Assert.Equal(1, cluster.Node("node-0").Endpoint.CallsServed);
        Assert.Equal(1, cluster.Node("node-1").Endpoint.CallsServed);
    }

    [Fact]
    public async Task CallForSlotOwnedElsewhere_Answers421WithTheOwner()
    {
        await using var cluster = await HttpTestCluster.StartAsync(2);
        var key = cluster.KeyOwnedBy("node-1");
        var request = new RemoteGrainRequest("node-0", new GrainId("remote-probe", key), typeof(IRemoteProbeGrain).FullName!, 1, "[]"u8.ToArray(), "chain");
        using var frame = RemoteCallFrame.WriteRequest(request, "node-0", 5_000);
        using var client = new HttpClient();
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(cluster.Node("node-0").Address, "/_grains/call"))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ReadOnlyMemoryContent(frame.WrittenMemory),
        };

        using var response = await client.SendAsync(message);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        var answer = JsonSerializer.Deserialize(await response.Content.ReadAsByteArrayAsync(), RemotingJsonContext.Default.MisdirectedCallAnswer);
        Assert.Equal(new MisdirectedCallAnswer("node-1", 1), answer);
        Assert.Equal(0, cluster.Node("node-0").Runtime.ActivationCount);
        Assert.Equal(1, cluster.Node("node-0").Endpoint.MisdirectedAnswers);
        Assert.Contains(("HTTP/2", "/_grains/call"), cluster.Node("node-0").Requests);
    }

    [Fact]
    public async Task UnaryCall_ForOwnedSlot_Answers200WithResultJson()
    {
        await using var cluster = await HttpTestCluster.StartAsync(2);
        var key = cluster.KeyOwnedBy("node-1");
        var descriptor = Invocation.GrainInterfaceRegistry.Get(typeof(IRemoteProbeGrain));
        var whereId = GeneratedMethodId("WhereAsync()");
        Assert.Equal("WhereAsync", descriptor.Invoker.GetMethodName(whereId));
        var request = new RemoteGrainRequest("node-1", new GrainId("remote-probe", key), descriptor.InterfaceName, whereId, "[]"u8.ToArray(), "chain");
        using var frame = RemoteCallFrame.WriteRequest(request, "node-1", 5_000);
        using var client = new HttpClient();
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(cluster.Node("node-1").Address, "/_grains/call"))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ReadOnlyMemoryContent(frame.WrittenMemory),
        };

        using var response = await client.SendAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpVersion.Version20, response.Version);
        Assert.Equal("R\"node-1\"", System.Text.Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task MalformedFrame_Answers400()
    {
        await using var cluster = await HttpTestCluster.StartAsync(1);
        using var client = new HttpClient { DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };

        using var response = await client.PostAsync(new Uri(cluster.Nodes[0].Address, "/_grains/call"), new ByteArrayContent([0, 0, 0, 9, (byte)'{']));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    // Same rule as the generator: FNV-1a 32 over the signature's UTF-16 chars, high bit cleared.
    private static int GeneratedMethodId(string signature)
    {
        var hash = 2166136261u;
        foreach (var c in signature)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
