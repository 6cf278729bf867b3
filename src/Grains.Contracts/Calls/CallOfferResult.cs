namespace Voice.Grains.Contracts.Calls;

/// <summary>
/// The grain's first answer to an INVITE: <see cref="Proceeding"/> (the callee is being alerted; later responses
/// arrive through actions) or a final refusal the gateway sends itself, with <see cref="LocalTag"/> as To tag.
/// </summary>
public sealed record CallOfferResult(int Status, string Reason, string LocalTag)
{
    /// <summary>The status of <see cref="Proceeding"/>: no final response yet.</summary>
    public const int ProceedingStatus = 0;

    public bool IsProceeding => Status == ProceedingStatus;

    public static CallOfferResult Proceeding(string localTag) => new(ProceedingStatus, "Proceeding", localTag);
}
