namespace Voice.Gateway.Rest.Calls;

/// <summary>The answer of a user-data change: the call's data after it.</summary>
public sealed record UserDataDocument(string CallId, IReadOnlyDictionary<string, string> UserData);
