namespace Voice.Gateway.Rest.Tenants;

/// <summary>
/// A queue as the configuration knows it: a queue id, the virtual-queue DN calls reach it by, and its delivery
/// settings (absent = the defaults of docs/tenancy.md: longest-idle, 15 s, true).
/// </summary>
public sealed record QueueDocument(
    string Dn,
    string? QueueId = null,
    string? Selection = null,
    int? RingTimeoutSec = null,
    bool? NotReadyOnNoAnswer = null);
