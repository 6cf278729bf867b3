namespace Voice.Runtime.Redis.Reminders;

/// <summary>
/// A durable reminder of grain (<paramref name="GrainType"/>, <paramref name="Key"/>). <paramref name="Period"/>
/// zero means one-shot. <paramref name="NextDue"/> is stored with millisecond precision, in the clock of the node
/// that scheduled it (the runtime's TimeProvider).
/// </summary>
public sealed record ReminderEntry(string GrainType, string Key, string Name, TimeSpan Period, DateTimeOffset NextDue);
