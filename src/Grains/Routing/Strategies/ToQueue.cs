namespace Voice.Grains.Routing.Strategies;

/// <summary><c>route.toQueue(queue, {skills, priority, timeoutSec})</c>.</summary>
/// <param name="Queue">The queue id.</param>
/// <param name="Skills">Skill name → lowest level the agent needs; empty when any agent of the queue will do.</param>
/// <param name="Priority">0-100, higher is served first; 0 when not given.</param>
/// <param name="TimeoutSec">Seconds before the call overflows to the next target; null waits without limit.</param>
public sealed record ToQueue(string Queue, IReadOnlyDictionary<string, int> Skills, int Priority, int? TimeoutSec) : RoutingInstruction
{
    public override bool IsTarget => true;
}
