namespace Voice.Runtime.Redis.Placement;

/// <summary>
/// Called before this node releases a slot it should no longer own (rebalance or graceful stop): the runtime
/// deactivates the slot's grains and flushes their state while the lease (and <paramref name="epoch"/>) is
/// still valid. The lease keeps being renewed until the returned task completes; then it is released.
/// </summary>
public delegate Task SlotHandover(int slot, long epoch, CancellationToken cancellationToken);
