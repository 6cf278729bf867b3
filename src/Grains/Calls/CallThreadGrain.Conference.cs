using Voice.Grains.Contracts.Calls;

namespace Voice.Grains.Calls;

public sealed partial class CallThreadGrain
{
    public Task<CallControlResult> RemovePartyAsync(string dn, string party) =>
        Task.FromResult(CallControlResult.Refused("NoConference", $"call {CallThreadId} is not a conference"));
}
