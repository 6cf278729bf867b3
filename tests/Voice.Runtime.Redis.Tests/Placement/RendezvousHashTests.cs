using Voice.Runtime.Redis.Placement;

namespace Voice.Runtime.Redis.Tests.Placement;

public class RendezvousHashTests
{
    private const int Slots = 1024;

    [Fact]
    public void StableHash_KnownVectors_MatchFnv1aReference()
    {
        Assert.Equal(0xcbf29ce484222325UL, StableHash.Fnv1a64([]));
        Assert.Equal(0xaf63dc4c8601ec8cUL, StableHash.Fnv1a64("a"u8));
        Assert.Equal(0x85944171f73967e8UL, StableHash.Fnv1a64("foobar"u8));
    }

    [Fact]
    public void Assign_ThreeNodes_SpreadsSlotsRoughlyEvenly()
    {
        string?[] owners = RendezvousHash.Assign(Slots, ["node-a", "node-b", "node-c"]);

        Assert.All(owners, Assert.NotNull);
        foreach (IGrouping<string?, string?> group in owners.GroupBy(owner => owner))
        {
            // Ideal 341.3; a fair hash stays well within ±15 % for 1024 slots.
            Assert.InRange(group.Count(), 290, 393);
        }
    }

    [Fact]
    public void Assign_NodeJoins_MovesAboutOneQuarterOfSlotsAllToTheNewNode()
    {
        string?[] before = RendezvousHash.Assign(Slots, ["node-a", "node-b", "node-c"]);
        string?[] after = RendezvousHash.Assign(Slots, ["node-a", "node-b", "node-c", "node-d"]);

        int[] moved = [.. Enumerable.Range(0, Slots).Where(slot => before[slot] != after[slot])];
        Assert.InRange(moved.Length, 200, 312); // ideal 1024 / 4 = 256
        Assert.All(moved, slot => Assert.Equal("node-d", after[slot]));
    }

    [Fact]
    public void Assign_NodeLeaves_MovesOnlyItsOwnSlots()
    {
        string?[] before = RendezvousHash.Assign(Slots, ["node-a", "node-b", "node-c"]);
        string?[] after = RendezvousHash.Assign(Slots, ["node-a", "node-c"]);

        for (int slot = 0; slot < Slots; slot++)
        {
            if (before[slot] != "node-b")
            {
                Assert.Equal(before[slot], after[slot]);
            }
        }

        Assert.DoesNotContain("node-b", after);
    }

    [Fact]
    public void Assign_NodeOrder_DoesNotChangeTheResult()
    {
        Assert.Equal(RendezvousHash.Assign(Slots, ["x", "y", "z"]), RendezvousHash.Assign(Slots, ["z", "x", "y"]));
        Assert.Equal(RendezvousHash.OwnerOf(17, ["x", "y", "z"]), RendezvousHash.Assign(Slots, ["y", "z", "x"])[17]);
    }

    [Fact]
    public void Assign_NoNodes_LeavesEverySlotUnowned()
    {
        Assert.All(RendezvousHash.Assign(8, []), Assert.Null);
        Assert.Null(RendezvousHash.OwnerOf(3, []));
    }
}
