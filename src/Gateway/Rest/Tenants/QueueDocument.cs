namespace Voice.Gateway.Rest.Tenants;

/// <summary>A queue as the configuration knows it today: a queue id and the virtual-queue DN calls reach it by.</summary>
public sealed record QueueDocument(string Dn, string? QueueId = null);
