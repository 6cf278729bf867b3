using Voice.Sip.Message;

namespace Voice.Sip.Transaction;

/// <summary>The final outcome of a client transaction: always a response, received or synthesized.</summary>
public sealed record SipClientResult(SipClientOutcome Outcome, SipResponse Response)
{
    public bool IsLocallySynthesized => Outcome != SipClientOutcome.Response;
}
