namespace Voice.Grains.Contracts.Calls;

/// <summary>
/// What a call-control request (hold, retrieve, release) did: accepted (its effect shows in the call's events), or
/// refused with a stable <see cref="Error"/> code and a message saying why; a refusal changes nothing.
/// </summary>
public sealed record CallControlResult(string? Error, string? Message)
{
    public static CallControlResult Accepted { get; } = new(null, null);

    public bool IsOk => Error is null;

    public static CallControlResult Refused(string error, string message) => new(error, message);
}
