namespace Voice.Grains.Calls;

/// <summary>A call that became a conference: its members' legs send their media to a room of one node's mixer.</summary>
public sealed class ConferenceState
{
    /// <summary>The node whose mixer holds the room (named after the call thread).</summary>
    public string NodeId { get; set; } = string.Empty;

    /// <summary>The legs of the parties in the conference, in the order they joined.</summary>
    public List<string> MemberLegIds { get; set; } = [];

    /// <summary>Members whose media still have to be moved to the mixer (one re-INVITE at a time).</summary>
    public List<string> PendingJoinLegIds { get; set; } = [];

    /// <summary>The party the conference was made to add (named on EventPartyAdded).</summary>
    public string AddedParty { get; set; } = string.Empty;

    /// <summary>Whether every member's media reached the mixer and EventPartyAdded was published.</summary>
    public bool Formed { get; set; }
}
