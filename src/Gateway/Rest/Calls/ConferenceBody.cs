namespace Voice.Gateway.Rest.Calls;

/// <summary><c>POST …/calls/{callId}/conference</c>: who to consult and then bring in; <c>dn</c> as in <see cref="CallActionBody"/>.</summary>
public sealed record ConferenceBody(string To, string? Dn = null);
