using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Routing;
using Voice.Runtime;

namespace Voice.Grains.Tests.Routing.QueueGrain;

/// <summary>
/// Stands in for the call thread in queue tests: records each delivery and accepts it (or refuses it for a call in
/// <see cref="DeliveryLog.Refusing"/>), so a test plays the call thread's reports itself. Nothing else is used here.
/// </summary>
public sealed class FakeCallThreadGrain(DeliveryLog log) : Grain, ICallThreadGrain
{
    public async Task<CallControlResult> DeliverAsync(QueueDelivery delivery)
    {
        if (log.Refusing.ContainsKey(Key))
        {
            return CallControlResult.Refused("NotWaiting", $"call {Key} does not wait in queue {delivery.QueueId}");
        }

        log.Add(Key, delivery);
        if (log.FailingInline.TryRemove(Key, out _))
        {
            // The worst case of a call thread: it reports back on the queue's own chain while the queue waits for it.
            var queue = GrainFactory.GetGrain<IQueueGrain>(QueueKey.For(CallThreadKey.Split(Key).TenantId, delivery.QueueId));
            await queue.DeliveryFailedAsync(Key, delivery.AgentId, "Rejected");
        }

        return CallControlResult.Accepted;
    }

    public Task<CallThreadSnapshot> GetAsync() => throw Unused();

    public Task<CallOfferResult> OfferAsync(CallOffer offer) => throw Unused();

    public Task OnLegResponseAsync(LegResponse response) => throw Unused();

    public Task<InDialogAnswer> OnInDialogRequestAsync(InDialogRequest request) => throw Unused();

    public Task OnCallerCancelledAsync() => throw Unused();

    public Task OnAckTimeoutAsync(string handle) => throw Unused();

    public Task<CallControlResult> HoldAsync(string dn) => throw Unused();

    public Task<CallControlResult> RetrieveAsync(string dn) => throw Unused();

    public Task<CallControlResult> ReleaseAsync(string dn) => throw Unused();

    public Task<CallControlResult> MakeCallAsync(MakeCallRequest request) => throw Unused();

    public Task<CallControlResult> AnswerAsync(string dn) => throw Unused();

    public Task<CallControlResult> TransferAsync(string dn, string destination, TransferMode mode) => throw Unused();

    public Task<CallControlResult> ConferenceAsync(string dn, string destination) => throw Unused();

    public Task<CallControlResult> CompleteConsultationAsync(string dn) => throw Unused();

    public Task<CallControlResult> CancelConsultationAsync(string dn) => throw Unused();

    public Task<CallControlResult> RemovePartyAsync(string dn, string party) => throw Unused();

    public Task<CallControlResult> UpdateUserDataAsync(UserDataChange change) => throw Unused();

    public Task<CallControlResult> RouteToAsync(RouteTarget target) => throw Unused();

    public Task<CallControlResult> OnRoutingNoticeAsync(RoutingNotice notice) => throw Unused();

    public Task<CallControlResult> RoutingFailedAsync(string reason) => throw Unused();

    private static NotSupportedException Unused() => new("The queue tests' call thread only takes deliveries.");
}
