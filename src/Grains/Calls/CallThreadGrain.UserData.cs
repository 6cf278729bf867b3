using Voice.Grains.Contracts.Calls;

namespace Voice.Grains.Calls;

public sealed partial class CallThreadGrain
{
    public Task<CallControlResult> UpdateUserDataAsync(UserDataChange change) => Task.FromResult(CallControlResult.Refused("Unsupported", "user data is not available yet"));
}
