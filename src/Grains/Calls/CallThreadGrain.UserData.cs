using Voice.Grains.Contracts.Calls;

namespace Voice.Grains.Calls;

public sealed partial class CallThreadGrain
{
    /// <summary>Most keys a call carries: the data rides on every call event, so it must stay small.</summary>
    public const int MaxUserDataKeys = 100;

    public const int MaxUserDataKeyLength = 64;

    public const int MaxUserDataValueLength = 4096;

    public async Task<CallControlResult> UpdateUserDataAsync(UserDataChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (State.Phase is CallPhase.None or CallPhase.Released)
        {
            return CallControlResult.Refused("NotActive", $"call {CallThreadId} is {(State.Phase == CallPhase.None ? "unknown" : "released")}");
        }

        var parties = Parties().Where(p => !p.External && p.State != "Released").ToList();
        if (change.ByDn is { } byDn && !parties.Any(p => p.Dn == byDn))
        {
            return CallControlResult.Refused("NotAParty", $"{byDn} is not a party to call {CallThreadId}");
        }

        var updated = Apply(change, State.UserData);
        if (Invalid(updated, change) is { } invalid)
        {
            return CallControlResult.Refused("InvalidUserData", invalid);
        }

        State.UserData = updated;
        var events = new CallChange();
        foreach (var party in parties)
        {
            var other = Parties().FirstOrDefault(p => p.Dn != party.Dn && p.State != "Released");
            events.Events.Add(CallEventFor(CallEventIds.AttachedDataChanged, party.Dn, party.Role, other?.Dn, other?.Role));
        }

        if (parties.Count == 0 && State.Routing is not null)
        {
            // Data attached while the call waits at a route point or in a queue: published there.
            events.Events.Add(CallEventFor(CallEventIds.AttachedDataChanged, State.Callee, PartyRole.Destination, State.Caller!.Party, PartyRole.Origination));
        }

        await CommitAsync(events);
        return CallControlResult.Accepted;
    }

    private static Dictionary<string, string> Apply(UserDataChange change, Dictionary<string, string> current)
    {
        switch (change.Operation)
        {
            case UserDataOperation.Replace:
                return new Dictionary<string, string>(change.Values, StringComparer.Ordinal);
            case UserDataOperation.Merge:
                var merged = new Dictionary<string, string>(current, StringComparer.Ordinal);
                foreach (var (key, value) in change.Values)
                {
                    merged[key] = value;
                }

                return merged;
            default:
                // Delete: the keys named, or everything when none are.
                return change.Keys.Count == 0
                    ? new Dictionary<string, string>(StringComparer.Ordinal)
                    : current.Where(pair => !change.Keys.Contains(pair.Key, StringComparer.Ordinal)).ToDictionary(StringComparer.Ordinal);
        }
    }

    /// <summary>Why the data after the change would break the limits, or null; the check covers only what was sent.</summary>
    private static string? Invalid(Dictionary<string, string> updated, UserDataChange change)
    {
        foreach (var (key, value) in change.Values)
        {
            if (key.Length is 0 or > MaxUserDataKeyLength)
            {
                return $"key '{Shorten(key)}' must be 1 to {MaxUserDataKeyLength} characters";
            }

            if (value is null || value.Length > MaxUserDataValueLength)
            {
                return $"the value of '{key}' must be a string of at most {MaxUserDataValueLength} characters";
            }
        }

        return updated.Count > MaxUserDataKeys ? $"a call carries at most {MaxUserDataKeys} keys (this change would leave {updated.Count})" : null;
    }

    private static string Shorten(string key) => key.Length <= MaxUserDataKeyLength ? key : key[..MaxUserDataKeyLength] + "…";
}
