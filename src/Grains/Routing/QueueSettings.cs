using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.Routing.Queues;

namespace Voice.Grains.Routing;

/// <summary>How a queue delivers its calls, resolved from its virtual-queue DN with the documented defaults.</summary>
public sealed record QueueSettings(string Dn, AgentSelection Selection, TimeSpan RingTimeout, bool NotReadyOnNoAnswer)
{
    /// <summary>The settings of queue <paramref name="queueId"/> in <paramref name="config"/>; null when no virtual queue carries it.</summary>
    public static QueueSettings? Find(TenantConfig config, string queueId)
    {
        ArgumentNullException.ThrowIfNull(config);
        var dn = config.Dns.FirstOrDefault(d => d.Type == DnType.VirtualQueue && string.Equals(d.QueueId, queueId, StringComparison.Ordinal));
        return dn is null ? null : From(dn);
    }

    public static QueueSettings From(DnConfig dn)
    {
        ArgumentNullException.ThrowIfNull(dn);
        return new QueueSettings(
            dn.Number,
            ParseSelection(dn.Selection),
            TimeSpan.FromSeconds(dn.RingTimeoutSec ?? QueueSettingNames.DefaultRingTimeoutSec),
            dn.NotReadyOnNoAnswer ?? QueueSettingNames.DefaultNotReadyOnNoAnswer);
    }

    /// <summary>The selection a (validated) name stands for; null or unknown gives the default.</summary>
    public static AgentSelection ParseSelection(string? name) => QueueSettingNames.Canonical(name) switch
    {
        QueueSettingNames.RoundRobin => AgentSelection.RoundRobin,
        QueueSettingNames.FewestCalls => AgentSelection.FewestCalls,
        QueueSettingNames.BestSkillLevel => AgentSelection.BestSkillLevel,
        QueueSettingNames.Random => AgentSelection.Random,
        _ => AgentSelection.LongestIdle,
    };
}
