using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Routing;

namespace Voice.Grains.Calls;

public sealed partial class CallThreadGrain
{
    public Task<CallControlResult> DeliverAsync(QueueDelivery delivery) =>
        Task.FromResult(CallControlResult.Refused("NotWaiting", $"call {CallThreadId} is not waiting in queue {delivery.QueueId}"));
}
