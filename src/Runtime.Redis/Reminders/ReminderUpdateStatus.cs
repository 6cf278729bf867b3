namespace Voice.Runtime.Redis.Reminders;

/// <summary>Outcome of a fenced reminder change.</summary>
public enum ReminderUpdateStatus
{
    /// <summary>The change was stored.</summary>
    Applied,

    /// <summary>The slot's lease is not held at the caller's epoch; nothing changed.</summary>
    StaleEpoch,

    /// <summary>No such reminder; nothing changed.</summary>
    NotFound,

    /// <summary>Advance refused: the stored due time is not the one the caller fired (someone else moved it).</summary>
    DueChanged,
}
