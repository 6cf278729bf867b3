using System.Text.Json;
using Voice.Grains.Contracts;
using Voice.Grains.Contracts.Agents;

namespace Voice.Grains.Tests.Agents;

public sealed class AgentEventJsonTests
{
    [Fact]
    public void Serialize_UsesTheEventModelPropertyNames_AndOmitsWhatIsUnset()
    {
        var e = new AgentEvent(AgentEventIds.NotReady, "demo", "agent1001", "1001", AgentWorkMode.AfterCallWork, "sales", ["sales"],
            new Dictionary<string, string> { ["ReasonCode"] = "lunch" }, null, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), 9);

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(e, GrainsContractsJsonContext.Default.AgentEvent));

        var root = json.RootElement;
        Assert.Equal("EventAgentNotReady", root.GetProperty("id").GetString());
        Assert.Equal("demo", root.GetProperty("CustomerID").GetString());
        Assert.Equal("agent1001", root.GetProperty("AgentID").GetString());
        Assert.Equal("1001", root.GetProperty("ThisDN").GetString());
        Assert.Equal("AfterCallWork", root.GetProperty("AgentWorkMode").GetString());
        Assert.Equal("sales", root.GetProperty("ThisQueue").GetString());
        Assert.Equal("lunch", root.GetProperty("Reasons").GetProperty("ReasonCode").GetString());
        Assert.Equal(9, root.GetProperty("seq").GetInt64());
        Assert.Equal(e.Time, root.GetProperty("time").GetDateTimeOffset());
        Assert.False(root.TryGetProperty("Extensions", out _));
    }

    [Fact]
    public void AgentResult_RoundTrips_WithItsErrorCodeAsText()
    {
        var snapshot = new AgentSnapshot("a", AgentStatus.Ready, AgentWorkMode.AutoIn, null, "1001", [], false, null, null, [], null, null);
        var refused = AgentResult.Refused(AgentErrorCode.DnInUse, "DN '1001' is in use by agent 'b'.", snapshot);

        var text = JsonSerializer.Serialize(refused, GrainsContractsJsonContext.Default.AgentResult);
        var back = JsonSerializer.Deserialize(text, GrainsContractsJsonContext.Default.AgentResult)!;

        Assert.Contains("\"DnInUse\"", text, StringComparison.Ordinal);
        Assert.Equal((AgentErrorCode.DnInUse, false, AgentStatus.Ready), (back.Error, back.IsOk, back.Agent.Status));
    }

    [Fact]
    public void AgentKey_ForAndSplit_RoundTrip()
    {
        Assert.Equal("demo:agent1001", AgentKey.For("demo", "agent1001"));
        Assert.Equal(("demo", "agent1001"), AgentKey.Split("demo:agent1001"));
    }
}
