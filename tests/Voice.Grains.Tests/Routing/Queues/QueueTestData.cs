using Voice.Grains.Routing.Queues;
namespace Voice.Grains.Tests.Routing.Queues;

/// <summary>Short builders for calls and agents; times are offsets in seconds from <see cref="Start"/>.</summary>
internal static class QueueTestData
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset At(int seconds) => Start.AddSeconds(seconds);

    /// <summary>Skills written as "sales:5,support:3"; empty string for none.</summary>
    public static IReadOnlyDictionary<string, int> Skills(string spec) =>
        spec.Length == 0
            ? new Dictionary<string, int>()
            : spec.Split(',').Select(s => s.Split(':')).ToDictionary(p => p[0], p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);

    public static WaitingCall Call(string key, int enqueuedAt = 0, int priority = 0, string skills = "", bool atHead = false) =>
        new(key, priority, At(enqueuedAt), Skills(skills), atHead);

    public static AgentCandidate Agent(string id, string skills = "", int idleSince = 0, int calls = 0) =>
        new(id, Skills(skills), At(idleSince), calls);

    public static IReadOnlyList<string> Ids(IEnumerable<AgentCandidate> agents) => [.. agents.Select(a => a.AgentId)];

    public static IReadOnlyList<string> Keys(IEnumerable<WaitingCall> calls) => [.. calls.Select(c => c.CallKey)];
}
