using Voice.Runtime.Placement;

namespace Voice.Silo.Hosting;

/// <summary>Embedded mode: this node is the whole cluster and owns every slot (the runtime's EmbeddedSlotTable).</summary>
public sealed class EmbeddedClusterStatus(string nodeId) : ISiloClusterStatus
{
    public SiloClusterReport Report() =>
        new([new SiloClusterMember(nodeId, "", SlotHasher.SlotCount)], 0, SelfIsMember: true, OwnedSlots: SlotHasher.SlotCount);
}
