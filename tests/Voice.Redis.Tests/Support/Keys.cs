namespace Voice.Redis.Tests.Support;

/// <summary>Unique key names so tests sharing a server never see each other's data.</summary>
public static class Keys
{
    public static string New(string prefix) => $"{prefix}:{Guid.NewGuid():N}";
}
