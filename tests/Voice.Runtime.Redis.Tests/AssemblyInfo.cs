// Each test class starts its own redis-server and cluster nodes with sub-second leases; run classes one at a
// time so that on a 2-core machine one class's load cannot delay another's lease renewals.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
