namespace Voice.Grains.Contracts.Calls;

/// <summary>The grain's answer to an in-dialog request: a status to send now, or <see cref="Pending"/>.</summary>
public sealed record InDialogAnswer(int Status, string Reason)
{
    public static InDialogAnswer Pending { get; } = new(0, "Pending");

    public static InDialogAnswer Ok { get; } = new(200, "OK");

    /// <summary>RFC 3261 §12.2.2: the request matches no dialog of the call.</summary>
    public static InDialogAnswer NoDialog { get; } = new(481, "Call/Transaction Does Not Exist");

    public bool IsPending => Status == 0;
}
