using Voice.Runtime.Remoting;
using Microsoft.Extensions.DependencyInjection;
using Voice.Client;
using Voice.Runtime.Http.Tests.Grains;
using Voice.Runtime.Http.Tests.Support;
using Voice.Runtime.Placement;

namespace Voice.Runtime.Http.Tests.Client;

public sealed class GrainClientTests
{
    [Fact]
    public async Task GrainClient_CallsReachTheOwningNodes_NothingActivatesInTheClient()
    {
        await using var cluster = await HttpTestCluster.StartAsync(2);
        await using var provider = BuildClient(cluster);
        var client = provider.GetRequiredService<IGrainFactory>();

        var answers = new List<string>();
        foreach (var nodeId in cluster.NodeIds)
        {
            answers.Add(await client.GetGrain<IRemoteProbeGrain>(cluster.KeyOwnedBy(nodeId)).WhereAsync());
        }

        var error = await Assert.ThrowsAsync<GrainInvocationException>(
            () => client.GetGrain<IRemoteProbeGrain>(cluster.KeyOwnedBy("node-1")).FailAsync("from the client"));
        Assert.Equal(["node-0", "node-1"], answers);
        Assert.Equal("from the client", error.Message);
        Assert.IsType<GrainClient>(client);
        Assert.StartsWith("tool-", ((GrainClient)client).ClientId, StringComparison.Ordinal);
        Assert.Equal(0, provider.GetRequiredService<Hosting.GrainRuntime>().ActivationCount);
        Assert.Equal(1, cluster.Node("node-0").Endpoint.CallsServed);
        Assert.Equal(2, cluster.Node("node-1").Endpoint.CallsServed);
        Assert.All(cluster.Nodes, n => Assert.Contains(("HTTP/2", "/_grains/stream"), n.Requests));
    }

    [Fact]
    public async Task GrainClient_WithoutSlotTable_FailsWithAClearMessage()
    {
        var services = new ServiceCollection();
        services.AddSingleton<INodeAddressBook>(new StaticNodeAddressBook());
        services.AddGrainClient();
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IGrainFactory>());

        Assert.Contains("ISlotTable", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider BuildClient(HttpTestCluster cluster)
    {
        var services = new ServiceCollection();
        services.AddGrainClient(options =>
        {
            options.ClientId = "tool-" + Guid.NewGuid().ToString("N");
            options.JsonTypeInfoResolvers.Add(HttpTestJsonContext.Default);
        });

        // What the lead plugs in from Redis membership/leases in production.
        services.AddSingleton<ISlotTable>(cluster.Truth);
        services.AddSingleton<INodeAddressBook>(cluster.AddressBook);
        return services.BuildServiceProvider();
    }
}
