using System.Globalization;
using System.Net;
using Voice.Redis.Connection;
using Voice.Runtime.Hosting;
using Voice.Runtime.Http;
using Voice.Runtime.Redis.Hosting;
using Voice.Runtime.Redis.Options;
using Voice.Runtime.TestNode;
using Voice.Runtime.TestNode.Grains;

// Usage: Voice.Runtime.TestNode --node-id ID --redis HOST:PORT --http-port PORT [--lease-ms N]
// Prints "NODE READY <id>" once it has joined the cluster and serves grain calls; SIGTERM stops it gracefully.
var options = CommandLine.Parse(args);
var leaseMs = int.Parse(options.GetValueOrDefault("lease-ms", "3000"), CultureInfo.InvariantCulture);
var nodeId = options["node-id"];
var httpPort = int.Parse(options["http-port"], CultureInfo.InvariantCulture);

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.WebHost.ConfigureKestrel(k => k.ListenForGrainRemoting(new IPEndPoint(IPAddress.Loopback, httpPort)));
builder.Services.AddGrainRuntime(o =>
{
    o.NodeId = nodeId;
    o.JsonTypeInfoResolvers.Add(TestNodeJsonContext.Default);
});
builder.Services.AddGrain<IRegisterGrain, RegisterGrain>();
builder.Services.AddGrainRemoting();
builder.Services.AddRedisClustering(o =>
{
    o.Client = new RedisClientOptions { EndPoint = options["redis"] };
    o.HttpAddress = $"http://127.0.0.1:{httpPort}/";
    o.Cluster = new RedisClusterOptions
    {
        HeartbeatInterval = TimeSpan.FromMilliseconds(leaseMs / 6),
        DeathTimeout = TimeSpan.FromMilliseconds(leaseMs),
        LeaseTtl = TimeSpan.FromMilliseconds(leaseMs),
        LeaseRenewInterval = TimeSpan.FromMilliseconds(leaseMs / 4),
    };
});

var app = builder.Build();
app.MapGrainRemoting();
await app.StartAsync();
Console.WriteLine($"NODE READY {nodeId}");
await app.WaitForShutdownAsync();
