namespace Voice.Runtime;

/// <summary>One firing of a reminder.</summary>
/// <param name="FirstTickTime">When the reminder was first due.</param>
/// <param name="Period">Interval between ticks.</param>
/// <param name="CurrentTickTime">When this tick fired.</param>
public readonly record struct ReminderTick(DateTimeOffset FirstTickTime, TimeSpan Period, DateTimeOffset CurrentTickTime);
