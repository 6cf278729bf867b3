namespace Voice.Runtime.Placement;

/// <summary>Maps a grain to its slot and the slot's owner.</summary>
public interface IPlacementDirector
{
    SlotPlacement Place(GrainId grainId);
}
