namespace Voice.Cli.Queues;

/// <summary>What <c>voicectl queues stats</c> was asked: the tenant, one queue or all, and the credentials a node needs.</summary>
internal sealed record QueueStatsRequest(string Tenant, string? Queue, string? User, string? Password);
