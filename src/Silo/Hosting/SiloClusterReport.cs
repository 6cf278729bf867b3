namespace Voice.Silo.Hosting;

/// <summary>
/// The cluster as this node sees it: live members with the number of slots each owns, slots without an owner,
/// whether this node is itself a live member and how many slots it holds.
/// </summary>
public sealed record SiloClusterReport(
    IReadOnlyList<SiloClusterMember> Members,
    int UnownedSlots,
    bool SelfIsMember,
    int OwnedSlots);
