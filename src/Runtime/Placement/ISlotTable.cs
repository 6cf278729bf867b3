namespace Voice.Runtime.Placement;

/// <summary>"Who owns slot s, with which epoch." Embedded: one node owns everything at epoch 1.</summary>
public interface ISlotTable
{
    SlotOwnership GetOwner(int slot);
}
