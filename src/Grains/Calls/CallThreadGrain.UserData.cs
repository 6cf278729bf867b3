using Voice.Grains.Contracts.Calls;

namespace Voice.Grains.Calls;

public sealed partial class CallThreadGrain
{
    public Task<CallControlResult> UpdateUserDataAsync(UserDataChange change) => Task.FromResult(NotYet("user data"));
}
