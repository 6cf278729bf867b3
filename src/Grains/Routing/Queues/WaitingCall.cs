namespace Voice.Grains.Routing.Queues;

/// <summary>A call waiting in a queue for an agent.</summary>
/// <param name="CallKey">The call thread's key.</param>
/// <param name="Priority">Higher is served first.</param>
/// <param name="EnqueuedAt">When the call first entered the queue; a put-back call keeps it, so its wait is its whole wait.</param>
/// <param name="RequiredSkills">Skill name → lowest level an agent must have; empty when any agent will do.</param>
/// <param name="AtHead">
/// The call was offered to an agent who did not take it and was put back: it goes before every other call,
/// because its caller has already waited for that failed offer.
/// </param>
public sealed record WaitingCall(
    string CallKey,
    int Priority,
    DateTimeOffset EnqueuedAt,
    IReadOnlyDictionary<string, int> RequiredSkills,
    bool AtHead = false);
