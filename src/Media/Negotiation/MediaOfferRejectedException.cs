namespace Voice.Media.Negotiation;

/// <summary>
/// An SDP offer the conference bridge cannot accept (RFC 3264 §6: the answerer cannot take part in the
/// session). The participant is not joined, and any earlier join of it stays as it was.
/// </summary>
public sealed class MediaOfferRejectedException : Exception
{
    public MediaOfferRejectedException()
        : this(OfferRejectionReason.MalformedSdp, "SDP offer rejected")
    {
    }

    public MediaOfferRejectedException(string message)
        : this(OfferRejectionReason.MalformedSdp, message)
    {
    }

    public MediaOfferRejectedException(string message, Exception innerException)
        : base(message, innerException) => Reason = OfferRejectionReason.MalformedSdp;

    public MediaOfferRejectedException(OfferRejectionReason reason, string message)
        : base($"SDP offer rejected ({reason}): {message}") => Reason = reason;

    public OfferRejectionReason Reason { get; }
}
