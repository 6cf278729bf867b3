namespace Voice.Gateway.Rest.Calls;

/// <summary><c>GET …/calls/{callId}</c>: the call thread as the desktop sees it.</summary>
/// <param name="CallId">The 16-hex call thread id.</param>
/// <param name="Phase">Alerting, Established or Released.</param>
/// <param name="CallType">Inbound, Internal or Outbound.</param>
/// <param name="Parties">Every party the call has or had, in the order they joined.</param>
/// <param name="UserData">The data attached to the call.</param>
/// <param name="Held">Whether a party holds the call.</param>
/// <param name="Consultation"><c>transfer</c> or <c>conference</c> while a consultation is in progress.</param>
public sealed record CallDocument(
    string CallId,
    string Phase,
    string? CallType,
    IReadOnlyList<CallPartyDocument> Parties,
    IReadOnlyDictionary<string, string> UserData,
    bool Held,
    string? Consultation);
