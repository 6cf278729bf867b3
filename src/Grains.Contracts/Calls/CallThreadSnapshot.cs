namespace Voice.Grains.Contracts.Calls;

/// <summary>A call thread as seen from outside: its phase, parties and legs.</summary>
/// <param name="Key">Grain key.</param>
/// <param name="Phase">Where the call is.</param>
/// <param name="CallType">Inbound (from a trunk), Internal or Outbound.</param>
/// <param name="Caller">The calling party (a DN or the calling number).</param>
/// <param name="Callee">The called party (the resolved DN or number).</param>
/// <param name="Held">Whether a party holds the other.</param>
/// <param name="Legs">Each leg as <c>{id} {state} {call-id}</c>.</param>
/// <param name="EventSeq">The last event sequence number published.</param>
/// <param name="Parties">Every party the call has or had, in the order they joined.</param>
/// <param name="UserData">The data attached to the call.</param>
/// <param name="Consultation">The consultation in progress (<c>transfer</c> or <c>conference</c>), or null.</param>
public sealed record CallThreadSnapshot(
    string Key,
    CallPhase Phase,
    string? CallType,
    string? Caller,
    string? Callee,
    bool Held,
    IReadOnlyList<string> Legs,
    long EventSeq,
    IReadOnlyList<CallParty> Parties,
    IReadOnlyDictionary<string, string> UserData,
    string? Consultation);
