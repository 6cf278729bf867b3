using System.Text.Json;
using Voice.Grains.Contracts;
using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.Tests.Support;

namespace Voice.Grains.Tests.Tenancy;

public sealed class ContractsJsonTests
{
    [Fact]
    public void TenantConfig_RoundTripsThroughSourceGeneratedContext()
    {
        var demo = TestConfigs.Demo();

        var json = JsonSerializer.Serialize(demo, GrainsContractsJsonContext.Default.TenantConfig);
        var back = JsonSerializer.Deserialize(json, GrainsContractsJsonContext.Default.TenantConfig)!;

        Assert.Contains("\"type\":\"RoutePoint\"", json, StringComparison.Ordinal);
        Assert.Equal(demo.Dns, back.Dns);
        Assert.Equal(demo.Agents[0].Password, back.Agents[0].Password);
        Assert.Equal(demo.Agents[0].Skills, back.Agents[0].Skills);
        Assert.Equal(demo.DialPlan, back.DialPlan);
    }
}
