namespace Voice.Gateway.Rest.Calls;

/// <summary><c>POST …/calls</c>: the calling extension (an agent's own DN), what to dial, and data to attach from the start.</summary>
public sealed record MakeCallBody(string From, string To, IReadOnlyDictionary<string, string>? UserData = null);
