namespace Voice.Gateway.Rest.Calls;

/// <summary><c>POST …/calls/{callId}/transfer</c>: the destination and <c>single-step</c> or <c>two-step</c>; <c>dn</c> as in <see cref="CallActionBody"/>.</summary>
public sealed record TransferBody(string To, string Mode, string? Dn = null);
