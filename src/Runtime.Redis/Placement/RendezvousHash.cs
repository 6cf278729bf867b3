using System.Buffers.Binary;
using System.Text;

namespace Voice.Runtime.Redis.Placement;

/// <summary>
/// Rendezvous (highest-random-weight) hashing: the desired owner of a slot is the live node with the highest
/// weight(node, slot). When a node joins it takes over only the slots where it now has the top weight (about
/// 1/n of them); when a node leaves only its own slots move. Ties (practically impossible) go to the
/// ordinally smallest node id so every node decides the same.
/// </summary>
public static class RendezvousHash
{
    /// <summary>The weight of <paramref name="nodeId"/> for <paramref name="slot"/>.</summary>
    public static ulong Weight(string nodeId, int slot) => Weight(NodeSeed(nodeId), slot);

    /// <summary>The desired owner of <paramref name="slot"/> among <paramref name="nodeIds"/>; null when there are none.</summary>
    public static string? OwnerOf(int slot, IReadOnlyList<string> nodeIds)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        string? best = null;
        ulong bestWeight = 0;
        foreach (string node in nodeIds)
        {
            ulong weight = Weight(node, slot);
            if (best is null || weight > bestWeight || (weight == bestWeight && string.CompareOrdinal(node, best) < 0))
            {
                best = node;
                bestWeight = weight;
            }
        }

        return best;
    }

    /// <summary>Desired owner of every slot 0..slotCount-1 (nulls when <paramref name="nodeIds"/> is empty).</summary>
    public static string?[] Assign(int slotCount, IReadOnlyList<string> nodeIds)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        ulong[] seeds = [.. nodeIds.Select(NodeSeed)];
        var owners = new string?[slotCount];
        for (int slot = 0; slot < slotCount; slot++)
        {
            int best = -1;
            ulong bestWeight = 0;
            for (int n = 0; n < seeds.Length; n++)
            {
                ulong weight = Weight(seeds[n], slot);
                if (best < 0 || weight > bestWeight || (weight == bestWeight && string.CompareOrdinal(nodeIds[n], nodeIds[best]) < 0))
                {
                    best = n;
                    bestWeight = weight;
                }
            }

            owners[slot] = best < 0 ? null : nodeIds[best];
        }

        return owners;
    }

    private static ulong NodeSeed(string nodeId) => StableHash.Fnv1a64(Encoding.UTF8.GetBytes(nodeId));

    private static ulong Weight(ulong nodeSeed, int slot)
    {
        Span<byte> slotBytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(slotBytes, slot);
        return StableHash.Mix(StableHash.Fnv1a64(slotBytes, nodeSeed));
    }
}
