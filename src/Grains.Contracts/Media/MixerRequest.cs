namespace Voice.Grains.Contracts.Media;

/// <summary>A mixer operation sent to the node holding a room: join (with an offer), leave, or close (no participant).</summary>
public sealed record MixerRequest(string RoomId, string? ParticipantId, string? Offer);
