namespace Voice.Gateway.Rest.Calls;

/// <summary>
/// The body of a call action without other arguments (answer, hold …): optional, and only a supervisor's or
/// administrator's acting <c>dn</c> (which may come as <c>?dn=</c> instead).
/// </summary>
public sealed record CallActionBody(string? Dn = null);
