using Voice.Grains.Contracts.Tenancy;

namespace Voice.Grains.Agents;

public sealed partial class AgentGrain
{
    /// <summary>The tenant's after-call work (<c>afterCallWorkSec</c>), or null to use the node's default.</summary>
    private async Task<TimeSpan?> TenantAfterCallWorkAsync()
    {
        var config = await GrainFactory.GetGrain<ITenantGrain>(TenantId).GetConfigAsync();
        return config?.AfterCallWorkSec is { } seconds ? TimeSpan.FromSeconds(seconds) : null;
    }
}
