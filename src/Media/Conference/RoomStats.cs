namespace Voice.Media.Conference;

/// <summary>A snapshot of one room, for tests and metrics.</summary>
/// <param name="Ticks">Mixing periods run.</param>
/// <param name="OverrunTicks">Periods dropped because the host fell more than three periods behind (overload, pauses).</param>
/// <param name="TickErrors">Periods that failed with an exception (logged).</param>
public sealed record RoomStats(string RoomId, long Ticks, long OverrunTicks, long TickErrors, IReadOnlyList<ParticipantStats> Participants);
