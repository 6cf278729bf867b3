namespace Voice.Grains.Contracts.Routing;

/// <summary>A call put in a queue by a routing session.</summary>
/// <param name="CallThreadKey">The call thread's grain key.</param>
/// <param name="Priority">Higher first (0–100).</param>
/// <param name="Skills">Skill name → minimum level an agent needs (all of them).</param>
public sealed record QueuedCall(string CallThreadKey, int Priority, IReadOnlyDictionary<string, int> Skills);
