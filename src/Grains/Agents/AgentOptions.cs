namespace Voice.Grains.Agents;

/// <summary>Timers of the Agent grain.</summary>
public sealed class AgentOptions
{
    /// <summary>After-call work when a call ends and the caller of CallEndedAsync names no time; zero skips it.</summary>
    public TimeSpan AfterCallWork { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// While Busy, how often the agent asks its call threads whether they still exist: the safety net that releases
    /// an agent whose call ended without telling it (a lost node, a lost message).
    /// </summary>
    public TimeSpan CallSweepPeriod { get; set; } = TimeSpan.FromSeconds(60);
}
