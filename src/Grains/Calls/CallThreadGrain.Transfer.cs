using Voice.Grains.Contracts.Calls;

namespace Voice.Grains.Calls;

public sealed partial class CallThreadGrain
{
    public Task<CallControlResult> MakeCallAsync(MakeCallRequest request) => Task.FromResult(NotYet("make call"));

    public Task<CallControlResult> AnswerAsync(string dn) => Task.FromResult(NotYet("answer"));

    public Task<CallControlResult> TransferAsync(string dn, string destination, TransferMode mode) => Task.FromResult(NotYet("transfer"));

    public Task<CallControlResult> ConferenceAsync(string dn, string destination) => Task.FromResult(NotYet("conference"));

    public Task<CallControlResult> CompleteConsultationAsync(string dn) => Task.FromResult(NotYet("complete"));

    public Task<CallControlResult> CancelConsultationAsync(string dn) => Task.FromResult(NotYet("cancel"));

    public Task<CallControlResult> RemovePartyAsync(string dn, string party) => Task.FromResult(NotYet("remove party"));


    // Interim while the call-control operations land one by one (this file is replaced in the same session).
    private static CallControlResult NotYet(string what) => CallControlResult.Refused("Unsupported", $"{what} is not available yet");
}
