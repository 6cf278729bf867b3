using System.Text.Json;
using Voice.Grains.Contracts;
using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.Tests.Support;

namespace Voice.Grains.Tests.Agents;

/// <summary>The demo tenant (agents agent1001..agent1003 on DNs 1001..1003, queues sales and support) and event readers.</summary>
internal static class AgentTestData
{
    public const string Tenant = "demo";
    public const string Agent1 = "agent1001";
    public const string Agent2 = "agent1002";
    public const string Key1 = "demo:agent1001";
    public const string CallA = "demo:00000000000000aa";
    public const string CallB = "demo:00000000000000bb";

    public static async Task SetUpAsync(GrainsHost host, Func<TenantConfig, TenantConfig>? change = null)
    {
        var config = TestConfigs.Demo();
        var applied = await host.Tenant(Tenant).ApplyAsync(change is null ? config : change(config));
        Assert.True(applied.Applied, string.Join("; ", applied.Errors));
    }

    public static IAgentGrain Agent(GrainsHost host, string agentId = Agent1) => host.Runtime.GetGrain<IAgentGrain>(AgentKey.For(Tenant, agentId));

    /// <summary>A demo host with agent1001 logged in on its default DN 1001 in <paramref name="mode"/>.</summary>
    public static async Task<IAgentGrain> LoggedInAsync(GrainsHost host, AgentWorkMode mode = AgentWorkMode.AutoIn, params string[] queues)
    {
        await SetUpAsync(host);
        var agent = Agent(host);
        AssertOk(await agent.LoginAsync(new AgentLoginRequest(null, queues, mode)));
        return agent;
    }

    public static void AssertOk(AgentResult result) => Assert.True(result.IsOk, $"{result.Error}: {result.Message}");

    public static void AssertRefused(AgentErrorCode expected, AgentResult result)
    {
        Assert.Equal(expected, result.Error);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
    }

    /// <summary>The agent events stored for <paramref name="key"/>, with the log's sequence numbers.</summary>
    public static async Task<IReadOnlyList<(AgentEvent Event, long LogSeq)>> EventsWithSeqAsync(GrainsHost host, string key = Key1)
    {
        var entries = await host.Events.ReadAsync(AgentEvent.Stream, 0, 1000);
        return [.. entries.Where(e => e.Key == key)
            .Select(e => (JsonSerializer.Deserialize(e.Payload, GrainsContractsJsonContext.Default.AgentEvent)!, e.Sequence))];
    }

    public static async Task<IReadOnlyList<AgentEvent>> EventsAsync(GrainsHost host, string key = Key1) =>
        [.. (await EventsWithSeqAsync(host, key)).Select(e => e.Event)];

    public static async Task<IReadOnlyList<string>> EventIdsAsync(GrainsHost host, string key = Key1) =>
        [.. (await EventsAsync(host, key)).Select(e => e.Id)];
}
