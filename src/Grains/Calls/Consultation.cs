namespace Voice.Grains.Calls;

/// <summary>
/// A two-step transfer or conference in progress: <see cref="ByLegId"/>'s party holds <see cref="HeldLegId"/>'s and
/// consults <see cref="Destination"/>, reached on <see cref="ConsultLegId"/> once it answers.
/// </summary>
public sealed class Consultation
{
    /// <summary><c>transfer</c> or <c>conference</c>.</summary>
    public string Kind { get; set; } = string.Empty;

    public string ByLegId { get; set; } = string.Empty;

    public string HeldLegId { get; set; } = string.Empty;

    public string Destination { get; set; } = string.Empty;

    /// <summary>The agent logged in on <see cref="Destination"/>, if any.</summary>
    public string? DestinationAgentId { get; set; }

    /// <summary>Whether <see cref="Destination"/> is outside the tenant (an external number).</summary>
    public bool DestinationExternal { get; set; }

    /// <summary>The consulted party's leg once it answered; null while it rings.</summary>
    public string? ConsultLegId { get; set; }

    /// <summary>Whether the consulted party answered and talks with <see cref="ByLegId"/>'s.</summary>
    public bool Connected { get; set; }
}
