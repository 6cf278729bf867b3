namespace Voice.Grains.Contracts.Calls;

/// <summary>A change to a call's attached data (TLib attach / update / delete user data).</summary>
/// <param name="Operation">Replace the set, merge into it, or delete keys.</param>
/// <param name="Values">The pairs to set (Replace, Merge).</param>
/// <param name="Keys">The keys to delete (Delete; none means all).</param>
/// <param name="ByDn">The DN asking for the change, or null when an administrator does.</param>
public sealed record UserDataChange(
    UserDataOperation Operation,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyList<string> Keys,
    string? ByDn);
