namespace Voice.Runtime.Http;

/// <summary>Settings of node-to-node grain calls over HTTP/2.</summary>
public sealed record HttpRemotingOptions
{
    /// <summary>Path of the unary endpoint (one HTTP/2 request per call; for tools and diagnostics).</summary>
    public string Path { get; set; } = "/_grains/call";

    /// <summary>Path of the call-stream endpoint the invoker uses (many calls multiplexed on one HTTP/2 request).</summary>
    public string StreamPath { get; set; } = "/_grains/stream";

    /// <summary>Deadline of one remote call, retries included; null = the runtime's CallTimeout.</summary>
    public TimeSpan? CallTimeout { get; set; }

    /// <summary>
    /// Sends per call at most (the first one included) across misdirections and unreachable nodes. The default spans
    /// about 10 s of backoff: longer than a dead owner's lease takes to expire and its slot to move (3.5–5 s), so a
    /// call made during a failover waits for the new owner instead of failing (the call's deadline still bounds it).
    /// </summary>
    public int MaxAttempts { get; set; } = 24;

    /// <summary>Pause before the second attempt after a connection failure; doubles per attempt.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromMilliseconds(25);

    /// <summary>Longest pause between attempts.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// HTTP/2 connections kept to each node (calls are spread over them round-robin; each also opens more once its
    /// stream limit is reached).
    /// </summary>
    public int ConnectionsPerNode { get; set; } = Math.Clamp(Environment.ProcessorCount, 2, 8);

    /// <summary>TCP connect timeout to another node.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
