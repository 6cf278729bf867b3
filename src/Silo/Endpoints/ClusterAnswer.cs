using Voice.Silo.Hosting;

namespace Voice.Silo.Endpoints;

/// <summary>/cluster: live members with their slot counts, as this node sees them.</summary>
internal sealed record ClusterAnswer(string Mode, string NodeId, int SlotCount, IReadOnlyList<SiloClusterMember> Members, int UnownedSlots, int OwnedSlots);
