namespace Voice.Grains.Contracts.Calls;

/// <summary>
/// A call made on behalf of an extension (third-party call control, RFC 3725): the phone on <paramref name="FromDn"/>
/// is rung first with an auto-answer request; when it answers, <paramref name="To"/> is dialled from it.
/// </summary>
/// <param name="FromDn">The calling extension (a DN of the tenant with a registered phone).</param>
/// <param name="To">What is dialled, resolved by the tenant's dial plan as if the phone had dialled it.</param>
/// <param name="UserData">Data attached to the call from the start.</param>
public sealed record MakeCallRequest(string FromDn, string To, IReadOnlyDictionary<string, string>? UserData);
