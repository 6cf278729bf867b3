namespace Voice.Runtime.Reminders;

/// <summary>A registered reminder.</summary>
public sealed record ReminderRegistration(GrainId GrainId, string Name, TimeSpan DueTime, TimeSpan Period);
