using Voice.Grains.Contracts.Calls;

namespace Voice.Silo.Tests.Processes;

/// <summary>
/// Calls across a three-node cluster on a real redis-server, with real SIPp at both ends: the trunk caller enters at
/// node A (so the call thread lives there), callee 1002 is registered through node C (so its leg leaves from C).
/// </summary>
[Collection(SiloProcessCollection.Name)]
public sealed class ClusterCallTests : IDisposable
{
    private const string Callee = "1002";

    /// <summary>The trunk caller's number in the shared caller scenarios (their From user).</summary>
    private const string TrunkCaller = "5551234";

    private static readonly TimeSpan EventLimit = TimeSpan.FromSeconds(15);
    private readonly string _directory = Directory.CreateTempSubdirectory("voice-silo-calls-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task CallerAndCalleeOnDifferentNodes_CallerHangsUp_RingingEstablishedReleasedInOrder()
    {
        await using var cluster = await CallCluster.StartAsync();
        var (entry, registrar) = (cluster.Nodes[0], cluster.Nodes[2]);
        var calleeLog = Path.Combine(_directory, "callee.log");
        await using var callee = await ClusterCallSipp.StartCalleeAsync(registrar, "callee_answer.xml", calleeLog);
        await using var caller = ClusterCallSipp.StartTrunkCaller(entry, "caller_answered_bye.xml", Path.Combine(_directory, "caller.log"));

        var called = await caller.WaitAsync(ClusterCallSipp.Limit);
        var answered = await callee.WaitAsync(ClusterCallSipp.Limit);
        var released = await cluster.Events.WaitForAsync(e => e.Id == CallEventIds.Released, EventLimit);
        var key = CallThreadKey.For(released.CustomerId, released.CallThreadId);
        var events = await cluster.Events.OfCallAsync(key);

        Assert.True(called is { ExitCode: 0, SuccessfulCalls: 1 }, "caller: " + called);
        Assert.True(answered is { ExitCode: 0, SuccessfulCalls: 1 }, "callee: " + answered);
        Assert.Equal(entry.NodeId, await cluster.SlotOwnerAsync(key));
        Assert.Equal(registrar.SipPort, SippMessageLog.ViaPortOfReceived(calleeLog, "INVITE"));
        AssertAnsweredThenReleased(events, releasedBy: TrunkCaller);
    }

    /// <param name="byeAfterMs">
    /// When the callee hangs up after its ACK: 8 s is past the ~3.5 s the dead node's slots take to move; 1.5 s lands
    /// in the failover, while the dead node still holds the lease — the BYE's grain call must wait for the new owner.
    /// </param>
    [Theory]
    [InlineData(8000)]
    [InlineData(1500)]
    public async Task NodeOwningEstablishedCall_Killed_CalleesByeStillCompletes_BothLegsEndAndEventReleased(int byeAfterMs)
    {
        await using var cluster = await CallCluster.StartAsync();
        var (entry, survivor, registrar) = (cluster.Nodes[0], cluster.Nodes[1], cluster.Nodes[2]);
        var (calleeLog, callerLog) = (Path.Combine(_directory, "callee.log"), Path.Combine(_directory, "caller.log"));
        await using var callee = await ClusterCallSipp.StartCalleeAsync(
            registrar, "callee_answer_then_bye_after_pause.xml", calleeLog, Callee, "-d", byeAfterMs.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await using var caller = ClusterCallSipp.StartTrunkCaller(entry, "caller_answered_wait_bye.xml", callerLog);

        var established = await cluster.Events.WaitForAsync(e => e.Id == CallEventIds.Established, EventLimit);
        var key = CallThreadKey.For(established.CustomerId, established.CallThreadId);
        // The event is stored before the 200 and the ACK go out: kill only once the callee has its ACK (the caller's
        // 200 left before it), so the call is up on both sides.
        await SippMessageLog.WaitForReceivedAsync(calleeLog, "ACK", EventLimit);
        var ownerBefore = await cluster.SlotOwnerAsync(key);
        await entry.Process.KillAsync();
        var ownerAfter = await cluster.WaitForSlotOwnerAsync(key, o => o is not null && o != entry.NodeId, TimeSpan.FromSeconds(7));
        var hungUp = await callee.WaitAsync(ClusterCallSipp.Limit);
        var byeReceived = await caller.WaitAsync(ClusterCallSipp.Limit);

        Assert.Equal(entry.NodeId, ownerBefore);
        Assert.Equal(registrar.SipPort, SippMessageLog.ViaPortOfReceived(calleeLog, "INVITE"));
        Assert.True(ownerAfter == survivor.NodeId || ownerAfter == registrar.NodeId, $"slot owner after the kill: {ownerAfter ?? "none"}");
        Assert.True(hungUp is { ExitCode: 0, SuccessfulCalls: 1 }, "callee (its BYE must get 200): " + hungUp);
        Assert.True(byeReceived is { ExitCode: 0, SuccessfulCalls: 1 }, "caller (must receive the BYE): " + byeReceived);
        await cluster.Events.WaitForAsync(e => e.Id == CallEventIds.Released && e.CallThreadId == established.CallThreadId, EventLimit);
        var events = await cluster.Events.OfCallAsync(key);
        // The caller's only flow was to the dead node: the BYE it got came from a live one.
        Assert.Contains(SippMessageLog.ViaPortOfReceived(callerLog, "BYE"), new int?[] { survivor.SipPort, registrar.SipPort });
        AssertAnsweredThenReleased(events, releasedBy: Callee);
    }

    /// <summary>
    /// A trunk caller has no DN: the callee's DN gets EventRinging, EventEstablished and one EventReleased, numbered
    /// 1, 2, 3 on the call — also across the node that died, since the numbering lives with the call's state.
    /// </summary>
    private static void AssertAnsweredThenReleased(IReadOnlyList<CallEvent> events, string releasedBy)
    {
        var described = string.Join(", ", events.Select(CallEventStream.Describe));
        Assert.True(
            events.Select(e => e.Id).SequenceEqual([CallEventIds.Ringing, CallEventIds.Established, CallEventIds.Released]),
            "events: " + described);
        Assert.All(events, e => Assert.Equal(Callee, e.ThisDn));
        Assert.Equal([1L, 2L, 3L], events.Select(e => e.Seq));
        var reasons = events[^1].Reasons ?? new Dictionary<string, string>();
        Assert.Equal(("Normal", releasedBy), (reasons.GetValueOrDefault("Cause"), reasons.GetValueOrDefault("ReleasedBy")));
    }
}
