using Voice.Client;
using Voice.Grains.Contracts;
using Voice.Runtime.Redis.Options;
using Voice.Testing;

namespace Voice.Silo.Tests.Processes;

/// <summary>A private redis-server and two node hosts in cluster mode on loopback, plus a grain client.</summary>
public sealed class ClusterNodesFixture : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("voice-silo-cluster-").FullName;

    public RedisServerProcess Redis { get; private set; } = null!;

    internal IReadOnlyList<SiloProcess> Nodes { get; private set; } = [];

    public RedisGrainClient Client { get; private set; } = null!;

    public string WorkDirectory => _directory;

    public async Task InitializeAsync()
    {
        Redis = await RedisServerProcess.StartAsync();
        var tenantFile = TestTenants.Write(_directory, "tenant.yaml", TestTenants.Yaml("ct"));
        Nodes = await Task.WhenAll(SiloProcess.StartAsync("silo-a", tenantFile, Redis.EndPoint), SiloProcess.StartAsync("silo-b", tenantFile, Redis.EndPoint));
        Client = await RedisGrainClient.ConnectAsync(
            Redis.EndPoint,
            o => o.JsonTypeInfoResolvers.Add(GrainsContractsJsonContext.Default),
            new RedisClusterOptions { LeaseRenewInterval = TimeSpan.FromMilliseconds(200) });
    }

    public async Task DisposeAsync()
    {
        if (Client is not null)
        {
            await Client.DisposeAsync();
        }

        foreach (var node in Nodes)
        {
            await node.DisposeAsync();
        }

        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }
}
