using System.Text.Json;
using Voice.Grains.Contracts;
using Voice.Grains.Contracts.Registrar;

namespace Voice.Grains.Tests.Registrar;

public sealed class DnServiceEventTests
{
    [Fact]
    public void Serialize_BackInService_UsesTheEventModelPropertyNames()
    {
        var e = new DnServiceEvent(DnServiceEvent.BackInService, "demo", "1001", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), 7,
            new Dictionary<string, string> { ["Reason"] = "Registered" });

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(e, GrainsContractsJsonContext.Default.DnServiceEvent));

        var root = json.RootElement;
        Assert.Equal("EventDNBackInService", root.GetProperty("id").GetString());
        Assert.Equal("demo", root.GetProperty("CustomerID").GetString());
        Assert.Equal("1001", root.GetProperty("ThisDN").GetString());
        Assert.Equal(7, root.GetProperty("seq").GetInt64());
        Assert.Equal(e.Time, root.GetProperty("time").GetDateTimeOffset());
        Assert.Equal("Registered", root.GetProperty("Reasons").GetProperty("Reason").GetString());
    }

    [Fact]
    public void DeviceKey_ForAndSplit_RoundTrip()
    {
        Assert.Equal("demo:1001", DeviceKey.For("demo", "1001"));
        Assert.Equal(("demo", "1001"), DeviceKey.Split("demo:1001"));
    }
}
