using Voice.Gateway.Tests.Sip;
using Voice.Gateway.Tests.Support;
using Voice.Grains.Contracts.Calls;

namespace Voice.Gateway.Tests.Calls;

/// <summary>
/// Calls end to end between real SIPp processes through the B2BUA: a trunk caller and a registered callee, each
/// ending asserted on both SIPp sides and on the call events published for it, in order.
/// </summary>
[Collection(SippCollection.Name)]
public sealed class CallSippTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnsweredCall_CallerHangsUp_BothSidesCompleteAndEventsAreInOrder(bool callerOverTcp)
    {
        await using var host = await GatewayHost.StartAsync(Sipp.OfferMd5Only);
        await using var callee = await CallSipp.StartCalleeAsync(host, "callee_answer.xml");

        var caller = await CallSipp.CallAsync(host, "caller_answered_bye.xml", overTcp: callerOverTcp);

        AssertCompleted(caller, "caller");
        AssertCompleted(await CallSipp.FinishAsync(callee), "callee");
        var events = Assert.Single(await host.CallEventsAsync());
        Assert.Equal([CallEventIds.Ringing, CallEventIds.Established, CallEventIds.Released], events.Select(e => e.Id));
        Assert.Equal([1L, 2L, 3L], events.Select(e => e.Seq));
        Assert.All(events, e => Assert.Equal(("demo", "Inbound", "1002", "5551234"), (e.CustomerId, e.CallType, e.ThisDn, e.OtherDn)));
        Assert.Equal("5551234", events[2].Reasons!["ReleasedBy"]);
        Assert.Equal("Normal", events[2].Reasons!["Cause"]);
        Assert.Equal(0, host.PendingTransactions);
    }

    [Fact]
    public async Task PhoneCallsPhone_InviteIsChallenged_AndBothDnsGetEvents()
    {
        await using var host = await GatewayHost.StartAsync(Sipp.OfferMd5Only);
        await using var callee = await CallSipp.StartCalleeAsync(host, "callee_answer.xml");

        var caller = await CallSipp.PhoneCallAsync(host, "phone_call_auth.xml", "1001", "1002");

        AssertCompleted(caller, "caller");
        AssertCompleted(await CallSipp.FinishAsync(callee), "callee");
        var events = Assert.Single(await host.CallEventsAsync());
        Assert.Equal(
            [
                (CallEventIds.Dialing, "1001"), (CallEventIds.Ringing, "1002"), (CallEventIds.Established, "1002"),
                (CallEventIds.Established, "1001"), (CallEventIds.Released, "1002"), (CallEventIds.Released, "1001"),
            ],
            events.Select(e => (e.Id, e.ThisDn)));
        Assert.All(events, e => Assert.Equal("Internal", e.CallType));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnsweredCall_CalleeHangsUp_CallerGetsTheBye(bool callerOverTcp)
    {
        await using var host = await GatewayHost.StartAsync(Sipp.OfferMd5Only);
        await using var callee = await CallSipp.StartCalleeAsync(host, "callee_answer_then_bye.xml");

        var caller = await CallSipp.CallAsync(host, "caller_answered_wait_bye.xml", overTcp: callerOverTcp);

        AssertCompleted(caller, "caller");
        AssertCompleted(await CallSipp.FinishAsync(callee), "callee");
        var events = Assert.Single(await host.CallEventsAsync());
        Assert.Equal([CallEventIds.Ringing, CallEventIds.Established, CallEventIds.Released], events.Select(e => e.Id));
        Assert.Equal("1002", events[2].Reasons!["ReleasedBy"]);
    }

    [Fact]
    public async Task HoldAndRetrieve_ReInvitesAreRelayed_AndPublishHeldThenRetrieved()
    {
        await using var host = await GatewayHost.StartAsync(Sipp.OfferMd5Only);
        await using var callee = await CallSipp.StartCalleeAsync(host, "callee_hold_retrieve.xml");

        var caller = await CallSipp.CallAsync(host, "caller_hold_retrieve.xml");

        AssertCompleted(caller, "caller");
        AssertCompleted(await CallSipp.FinishAsync(callee), "callee");
        var events = Assert.Single(await host.CallEventsAsync());
        Assert.Equal(
            [CallEventIds.Ringing, CallEventIds.Established, CallEventIds.Held, CallEventIds.Retrieved, CallEventIds.Released],
            events.Select(e => e.Id));
        // The caller (the trunk's party) held the callee.
        Assert.Equal(("5551234", "Origination", "1002"), (events[2].ThisDn, events[2].ThisDnRole, events[2].OtherDn));
    }

    [Fact]
    public async Task CallerCancelsWhileRinging_CalleeIsCancelled_AndTheCallIsAbandoned()
    {
        await using var host = await GatewayHost.StartAsync(Sipp.OfferMd5Only);
        await using var callee = await CallSipp.StartCalleeAsync(host, "callee_ring_cancelled.xml");

        var caller = await CallSipp.CallAsync(host, "caller_cancel.xml");

        AssertCompleted(caller, "caller");
        AssertCompleted(await CallSipp.FinishAsync(callee), "callee");
        var events = Assert.Single(await host.CallEventsAsync());
        Assert.Equal([CallEventIds.Ringing, CallEventIds.Abandoned, CallEventIds.Released], events.Select(e => e.Id));
        Assert.Equal("Abandoned", events[2].Reasons!["Cause"]);
    }

    [Fact]
    public async Task CalleeBusy_CallerGets486_AndDestinationBusyIsPublished()
    {
        await using var host = await GatewayHost.StartAsync(Sipp.OfferMd5Only);
        await using var callee = await CallSipp.StartCalleeAsync(host, "callee_busy.xml");

        var caller = await CallSipp.CallAsync(host, "caller_expect_486.xml");

        AssertCompleted(caller, "caller");
        AssertCompleted(await CallSipp.FinishAsync(callee), "callee");
        var events = Assert.Single(await host.CallEventsAsync());
        Assert.Equal([CallEventIds.DestinationBusy, CallEventIds.Released], events.Select(e => e.Id));
        Assert.Equal(("Busy", "486"), (events[1].Reasons!["Cause"], events[1].Reasons!["SipStatus"]));
    }

    [Fact]
    public async Task NoAnswer_CallerGets480AfterTheTimeout_AndTheCalleeIsCancelled()
    {
        await using var host = await GatewayHost.StartAsync(Sipp.OfferMd5Only, noAnswerTimeout: TimeSpan.FromSeconds(2));
        await using var callee = await CallSipp.StartCalleeAsync(host, "callee_ring_cancelled.xml");

        var caller = await CallSipp.CallAsync(host, "caller_expect_480.xml");

        AssertCompleted(caller, "caller");
        AssertCompleted(await CallSipp.FinishAsync(callee), "callee");
        var events = Assert.Single(await host.CallEventsAsync());
        Assert.Equal([CallEventIds.Ringing, CallEventIds.Released], events.Select(e => e.Id));
        Assert.Equal(("NoAnswer", "480"), (events[1].Reasons!["Cause"], events[1].Reasons!["SipStatus"]));
    }

    [Fact]
    public async Task UnknownNumber_Gets404_AndTheAttemptIsReleased()
    {
        await using var host = await GatewayHost.StartAsync(Sipp.OfferMd5Only);

        // 1099 matches the dial plan (1XXX) but is no DN of the tenant.
        var caller = await CallSipp.CallAsync(host, "caller_expect_404.xml", dialled: "1099");

        AssertCompleted(caller, "caller");
        var released = Assert.Single(Assert.Single(await host.CallEventsAsync()));
        Assert.Equal((CallEventIds.Released, "1099", "NotFound", "404"), (released.Id, released.ThisDn, released.Reasons!["Cause"], released.Reasons["SipStatus"]));
    }

    [Fact]
    public async Task NotRegistered_Gets480()
    {
        await using var host = await GatewayHost.StartAsync(Sipp.OfferMd5Only);

        var caller = await CallSipp.CallAsync(host, "caller_expect_480.xml", dialled: "1003");

        AssertCompleted(caller, "caller");
        var released = Assert.Single(Assert.Single(await host.CallEventsAsync()));
        Assert.Equal(("1003", "NotRegistered"), (released.ThisDn, released.Reasons!["Cause"]));
    }

    [Fact]
    public async Task Draining_NewInviteGets503WithRetryAfter()
    {
        await using var host = await GatewayHost.StartAsync(Sipp.OfferMd5Only);
        host.StopAcceptingCalls();

        var caller = await CallSipp.CallAsync(host, "caller_expect_503.xml");

        AssertCompleted(caller, "caller");
        Assert.Empty(await host.CallEventsAsync());
    }

    private static void AssertCompleted(Voice.Testing.SippResult result, string who) =>
        Assert.True(result.ExitCode == 0 && result.SuccessfulCalls == 1, $"{who}: {result}");
}
