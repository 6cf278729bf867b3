namespace Voice.Redis.Tests.Support;

/// <summary>Command tests share one server; keys are unique per test so they do not interfere.</summary>
[CollectionDefinition(Name)]
public sealed class RedisServerCollection : ICollectionFixture<RedisServerFixture>
{
    public const string Name = "RedisServer";
}
