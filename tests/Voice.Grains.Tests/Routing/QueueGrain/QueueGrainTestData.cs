using Microsoft.Extensions.DependencyInjection;
using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Routing;
using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.Tests.Support;
using Voice.Runtime.Hosting;

namespace Voice.Grains.Tests.Routing.QueueGrain;

/// <summary>
/// The demo tenant (queues sales and support; agent1001 sales 8 / support 3, agent1002 sales 5, agent1003 support 9,
/// agent1006 sales 8 / support 3) on a host whose call threads are <see cref="FakeCallThreadGrain"/>.
/// </summary>
internal static class QueueGrainTestData
{
    public const string Tenant = "demo";
    public const string Sales = "sales";
    public const string SupportQueue = "support";
    public const string C1 = "demo:00000000000000c1";
    public const string C2 = "demo:00000000000000c2";
    public const string C3 = "demo:00000000000000c3";

    public static readonly Dictionary<string, int> NoSkills = [];

    /// <param name="log">Where the fake call threads record what they were handed.</param>
    /// <param name="storage">A store shared with another host (a restarted node).</param>
    public static GrainsHost NewHost(DeliveryLog log, Voice.Runtime.Storage.IGrainStorage? storage = null) => new(storage, services =>
    {
        services.AddSingleton(log);
        // Registered after the real one, so it wins: queue tests play the call thread's part themselves.
        services.AddGrain<ICallThreadGrain, FakeCallThreadGrain>();
    });

    public static async Task SetUpAsync(GrainsHost host, Func<TenantConfig, TenantConfig>? change = null)
    {
        var config = TestConfigs.Demo();
        var applied = await host.Tenant(Tenant).ApplyAsync(change is null ? config : change(config));
        Assert.True(applied.Applied, string.Join("; ", applied.Errors));
    }

    /// <summary>Changes the virtual-queue DN of <paramref name="queueId"/>.</summary>
    public static Func<TenantConfig, TenantConfig> WithQueue(string queueId, Func<DnConfig, DnConfig> change) =>
        config => config with { Dns = [.. config.Dns.Select(d => d.QueueId == queueId ? change(d) : d)] };

    public static IQueueGrain Queue(GrainsHost host, string queueId = Sales) => host.Runtime.GetGrain<IQueueGrain>(QueueKey.For(Tenant, queueId));

    public static IAgentGrain Agent(GrainsHost host, string agentId) => host.Runtime.GetGrain<IAgentGrain>(AgentKey.For(Tenant, agentId));

    public static async Task<IAgentGrain> LoginAsync(GrainsHost host, string agentId, AgentWorkMode mode, params string[] queues)
    {
        var agent = Agent(host, agentId);
        var result = await agent.LoginAsync(new AgentLoginRequest(null, queues, mode));
        Assert.True(result.IsOk, $"{result.Error}: {result.Message}");
        return agent;
    }

    public static async Task<int> EnqueueAsync(GrainsHost host, string callKey, int priority = 0, Dictionary<string, int>? skills = null, string queueId = Sales)
    {
        var result = await Queue(host, queueId).EnqueueAsync(new QueuedCall(callKey, priority, skills ?? NoSkills));
        Assert.True(result.IsOk, $"{result.Error}: {result.Message}");
        return result.Position;
    }

    /// <summary>
    /// Lets the queue's timer turns and the agents' notices run (both are asynchronous by design) until
    /// <paramref name="condition"/> holds; fails after a few seconds of real time. The fake clock does not move.
    /// </summary>
    public static async Task WaitForAsync(GrainsHost host, Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            host.Time.Advance(TimeSpan.Zero);
            if (await condition())
            {
                return;
            }

            await Task.Delay(5);
        }

        Assert.Fail("timed out waiting for " + what);
    }

    public static Task WaitForStatsAsync(GrainsHost host, Func<QueueStats, bool> condition, string what, string queueId = Sales) =>
        WaitForAsync(host, async () => condition(await Queue(host, queueId).GetStatsAsync()), what);

    public static Task WaitForDeliveriesAsync(GrainsHost host, DeliveryLog log, int count) =>
        WaitForAsync(host, () => Task.FromResult(log.Deliveries.Count >= count), $"{count} deliveries");

    /// <summary>Gives the queue's turns and the agents' notices time to run, for asserting that something did not happen.</summary>
    public static async Task SettleAsync(GrainsHost host)
    {
        for (var i = 0; i < 20; i++)
        {
            host.Time.Advance(TimeSpan.Zero);
            await Task.Delay(5);
        }
    }

    /// <summary>Plays the call thread for an answered delivery: reports it and makes the agent party to the call.</summary>
    public static async Task AnswerAsync(GrainsHost host, string callKey, string agentId, string queueId = Sales)
    {
        await Queue(host, queueId).DeliveredAsync(callKey, agentId);
        await Agent(host, agentId).CallStartedAsync(callKey);
    }

    /// <summary>Ends the agent's call with no after-call work, so it is Ready again at once.</summary>
    public static Task EndCallAsync(GrainsHost host, string callKey, string agentId) =>
        Agent(host, agentId).CallEndedAsync(callKey, TimeSpan.Zero);
}
