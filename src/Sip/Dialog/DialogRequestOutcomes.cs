using Voice.Sip.Message;

namespace Voice.Sip.Dialog;

/// <summary>Maps a <see cref="DialogRequestOutcome"/> to the rejection it requires.</summary>
public static class DialogRequestOutcomes
{
    /// <summary>The status the request must be rejected with, or 0 when the dialog accepted it.</summary>
    public static int RejectionStatus(this DialogRequestOutcome outcome) => outcome switch
    {
        DialogRequestOutcome.OutOfOrder => 500,
        DialogRequestOutcome.NoSuchDialog => 481,
        _ => 0,
    };

    /// <summary>The rejection response for <paramref name="request"/>, or null when the outcome needs none.</summary>
    public static SipResponse? CreateRejection(this DialogRequestOutcome outcome, SipRequest request) => outcome switch
    {
        // RFC 3261 §12.2.2 names 500 for out-of-order requests; the reason says why so the peer can tell.
        DialogRequestOutcome.OutOfOrder => SipResponseFactory.Create(request, 500, "Server Internal Error - CSeq Out Of Order"),
        DialogRequestOutcome.NoSuchDialog => SipResponseFactory.Create(request, 481),
        _ => null,
    };
}
