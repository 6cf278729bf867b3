using Voice.Runtime;

namespace Voice.Grains.Contracts.Routing;

/// <summary>
/// The routing of one call that reached a route point (key = the call thread's key): runs the route point's strategy
/// and carries out its instructions in order — attach data, treatments, then targets (a DN, an agent, a queue with an
/// optional timeout after which the next target is tried, the route point's default). Its progress is persisted and a
/// durable reminder keeps its timeouts, so a node's loss resumes the session instead of dropping the call.
/// </summary>
[GrainType("routingsession")]
public interface IRoutingSessionGrain : IGrainWithStringKey
{
    /// <summary>Starts routing (once; a repeated start for the same call changes nothing).</summary>
    Task StartAsync(RoutingRequest request);

    /// <summary>The call was answered or ended: the session stops (and takes the call out of its queue).</summary>
    Task CallEndedAsync(bool answered);

    /// <summary>Where the session is, for inspection and tests.</summary>
    Task<RoutingSessionSnapshot> GetAsync();
}
