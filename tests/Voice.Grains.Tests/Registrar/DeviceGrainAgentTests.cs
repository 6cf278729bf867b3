using Voice.Grains.Tests.Support;
using static Voice.Grains.Tests.Registrar.DeviceTestData;

namespace Voice.Grains.Tests.Registrar;

/// <summary>The DN↔agent link the Agent grain keeps on the Device grain, read by calls through GetRoutingAsync.</summary>
public sealed class DeviceGrainAgentTests
{
    private const string Key = "demo:1001";

    [Fact]
    public async Task Attach_FreeDn_IsGranted_AndRoutingShowsTheAgentWithTheBindings()
    {
        await using var host = new GrainsHost();
        var device = host.Device(Key);
        await device.RegisterAsync(Register("c1", 1, 60, Contact("a")));

        var holder = await device.AttachAgentAsync("agent1");
        var routing = await device.GetRoutingAsync();

        Assert.Equal("agent1", holder);
        Assert.Equal("agent1", routing.AgentId);
        Assert.Equal("sip:a@127.0.0.1:5070", Assert.Single(routing.Bindings).Uri);
    }

    [Fact]
    public async Task Attach_HeldDn_ReturnsTheHolder_AndTheSameAgentAgainIsGranted()
    {
        await using var host = new GrainsHost();
        var device = host.Device(Key);
        await device.AttachAgentAsync("agent1");

        Assert.Equal("agent1", await device.AttachAgentAsync("agent2"));
        Assert.Equal("agent1", await device.AttachAgentAsync("agent1"));
        Assert.Equal("agent1", (await device.GetRoutingAsync()).AgentId);
    }

    [Fact]
    public async Task Detach_OnlyByTheHolder()
    {
        await using var host = new GrainsHost();
        var device = host.Device(Key);
        await device.AttachAgentAsync("agent1");

        Assert.False(await device.DetachAgentAsync("agent2"));
        Assert.Equal("agent1", (await device.GetRoutingAsync()).AgentId);
        Assert.True(await device.DetachAgentAsync("agent1"));
        Assert.Null((await device.GetRoutingAsync()).AgentId);
    }

    [Fact]
    public async Task Link_SurvivesDeactivationAndRegistrationChanges_WithoutServiceEvents()
    {
        await using var host = new GrainsHost();
        var device = host.Device(Key);
        await device.AttachAgentAsync("agent1");
        await device.RegisterAsync(Register("c1", 1, 60, Contact("a")));
        await device.UnregisterAllAsync("c1", 2);

        await host.DeactivateAsync("device", Key);
        var routing = await host.Device(Key).GetRoutingAsync();

        Assert.Equal(("agent1", 0), (routing.AgentId, routing.Bindings.Count));
        Assert.Equal(2, (await ServiceEventsAsync(host, Key)).Count);
    }
}
