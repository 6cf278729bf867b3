using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Voice.Redis;
using Voice.Redis.Commands;
using Voice.Redis.Protocol;
using Voice.Redis.Scripting;
using Voice.Runtime.Placement;
using Voice.Runtime.Redis.Adapters;
using Voice.Runtime.Redis.Options;
using Voice.Runtime.Remoting;

namespace Voice.Runtime.Redis.Observation;

/// <summary>
/// A read-only view of the cluster for processes that hold no slots (grain clients, tools) and for inspection:
/// it never registers as a member and never claims a lease. Refreshed every <see cref="RedisClusterOptions.LeaseRenewInterval"/>
/// with one script reading members and all slot leases.
/// Keys read (prefix default <c>voice:</c>): <c>members</c> (zset node → heartbeat ms), <c>node:{id}</c> (hash http, sip),
/// <c>slot:{n}:lease</c> (hash owner, epoch).
/// </summary>
public sealed partial class RedisClusterView : ISlotTable, INodeAddressBook, IAsyncDisposable
{
    // ARGV: 1 prefix, 2 slot count, 3 death timeout ms. Returns {now, memberCount, id, hb, http, sip, ..., owner0, epoch0, ...}.
    private static readonly RedisScript ReadScript = new("""
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        local ids = redis.call('ZRANGEBYSCORE', ARGV[1] .. 'members', '(' .. string.format('%d', now - tonumber(ARGV[3])), '+inf', 'WITHSCORES')
        local out = {now, 0}
        local n = 0
        for i = 1, #ids, 2 do
          local info = redis.call('HMGET', ARGV[1] .. 'node:' .. ids[i], 'http', 'sip')
          if info[1] then
            out[#out + 1] = ids[i]
            out[#out + 1] = ids[i + 1]
            out[#out + 1] = info[1]
            out[#out + 1] = info[2] or ''
            n = n + 1
          end
        end
        out[2] = n
        for s = 0, tonumber(ARGV[2]) - 1 do
          local lease = redis.call('HMGET', ARGV[1] .. 'slot:' .. s .. ':lease', 'owner', 'epoch')
          out[#out + 1] = lease[1] or ''
          out[#out + 1] = tonumber(lease[2] or '0')
        end
        return out
        """);

    private readonly RedisClient _client;
    private readonly RedisClusterOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private ClusterViewSnapshot _current = ClusterViewSnapshot.Empty;
    private Task? _loop;

    public RedisClusterView(RedisClient client, RedisClusterOptions options, TimeProvider? timeProvider = null, ILogger<RedisClusterView>? logger = null)
    {
        _client = client;
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    public ClusterViewSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Reads the view once (so the first call already routes) and keeps it fresh in the background.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await RefreshAsync(cancellationToken).ConfigureAwait(false);
        _loop = Task.Run(() => RefreshLoopAsync(_stop.Token), CancellationToken.None);
    }

    public async Task<ClusterViewSnapshot> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var reply = await ReadScript.EvaluateAsync(
            _client, [], [_options.KeyPrefix, SlotHasher.SlotCount, (long)_options.DeathTimeout.TotalMilliseconds], cancellationToken).ConfigureAwait(false);
        var snapshot = Parse(reply);
        Volatile.Write(ref _current, snapshot);
        return snapshot;
    }

    public SlotOwnership GetOwner(int slot)
    {
        var slots = Current.Slots;
        return slot < slots.Length && slots[slot] is { } owner
            ? owner
            : throw new SlotUnavailableException(slot, "no lease holder in the observed view");
    }

    public bool TryGetAddress(string nodeId, out Uri baseAddress)
    {
        baseAddress = null!;
        var member = Current.Members.FirstOrDefault(m => m.NodeId == nodeId);
        return member is not null && Uri.TryCreate(member.HttpAddress, UriKind.Absolute, out baseAddress!);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _stop.Dispose();
    }

    private async Task RefreshLoopAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_options.LeaseRenewInterval, _time);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false);
                await RefreshAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is RedisException or OperationCanceledException)
            {
                // Keep serving the last view; the next tick tries again.
                LogRefreshFailed(_logger, e.Message);
            }
        }
    }

    private static ClusterViewSnapshot Parse(RedisReply reply)
    {
        var e = reply.Elements;
        var readAt = DateTimeOffset.FromUnixTimeMilliseconds(e[0].AsInt64());
        var count = (int)e[1].AsInt64();
        var members = ImmutableArray.CreateBuilder<ClusterViewMember>(count);
        var i = 2;
        for (var m = 0; m < count; m++, i += 4)
        {
            members.Add(new ClusterViewMember(
                e[i].AsString() ?? string.Empty,
                e[i + 2].AsString() ?? string.Empty,
                e[i + 3].AsString() ?? string.Empty,
                DateTimeOffset.FromUnixTimeMilliseconds((long)double.Parse(e[i + 1].AsString() ?? "0", System.Globalization.CultureInfo.InvariantCulture))));
        }

        var slots = ImmutableArray.CreateBuilder<SlotOwnership?>(SlotHasher.SlotCount);
        for (var s = 0; s < SlotHasher.SlotCount; s++, i += 2)
        {
            var owner = e[i].AsString();
            slots.Add(string.IsNullOrEmpty(owner) ? null : new SlotOwnership(owner, e[i + 1].AsInt64()));
        }

        return new ClusterViewSnapshot(readAt, members.MoveToImmutable(), slots.MoveToImmutable());
    }

    [LoggerMessage(EventId = 1950, Level = LogLevel.Warning, Message = "Cluster view refresh failed; keeping the last view: {Reason}")]
    private static partial void LogRefreshFailed(ILogger logger, string reason);
}
