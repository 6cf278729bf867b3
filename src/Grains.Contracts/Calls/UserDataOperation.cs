using System.Text.Json.Serialization;

namespace Voice.Grains.Contracts.Calls;

/// <summary>What a user-data change does: replace the whole set, merge keys into it, or delete keys (all when none given).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<UserDataOperation>))]
public enum UserDataOperation
{
    Replace,
    Merge,
    Delete,
}
