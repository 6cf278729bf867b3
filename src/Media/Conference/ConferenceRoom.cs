using Microsoft.Extensions.Logging;
using Voice.Media.Mixing;

namespace Voice.Media.Conference;

/// <summary>
/// One conference: its participants and the mixing period that runs every packetization interval on a
/// <see cref="TimeProvider"/> timer. Membership changes replace the participant array, so a period works on
/// a consistent snapshot; a leaving participant is disposed only after any period using it has finished.
/// </summary>
internal sealed class ConferenceRoom : IAsyncDisposable
{
    // How many late periods one timer callback may make up for; beyond that the audio is lost anyway.
    private const long MaxCatchUpPeriods = 3;

    private readonly object _membership = new();

    // Held for the whole of a period: at most one runs at a time, and removal waits on it.
    private readonly object _period = new();
    private readonly TimeSpan _interval;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly int[] _total;
    private volatile ConferenceParticipant[] _participants = [];
    private ITimer? _timer;
    private long _startedAt;
    private long _periodsRun;
    private volatile bool _closed;
    private long _ticks;
    private long _overruns;
    private long _errors;

    public ConferenceRoom(string id, ConferenceBridgeOptions options, TimeProvider time, ILogger logger)
    {
        Id = id;
        _interval = options.Packetization;
        _time = time;
        _logger = logger;
        _total = new int[options.FrameSamples];
    }

    public string Id { get; }

    public bool IsEmpty => _participants.Length == 0;

    public IReadOnlyList<string> ParticipantIds => [.. _participants.Select(p => p.Id)];

    public void Start()
    {
        _startedAt = _time.GetTimestamp();
        _timer = _time.CreateTimer(static s => ((ConferenceRoom)s!).OnPeriod(), this, _interval, _interval);
    }

    public ConferenceParticipant? Find(string participantId) => Array.Find(_participants, p => p.Id == participantId);

    public void Add(ConferenceParticipant participant)
    {
        lock (_membership)
        {
            _participants = [.. _participants, participant];
        }
    }

    /// <summary>Removes and disposes the participant (its port is free when this completes); false if absent.</summary>
    public async Task<bool> RemoveAsync(string participantId)
    {
        ConferenceParticipant? leaving;
        lock (_membership)
        {
            leaving = Find(participantId);
            if (leaving is null)
            {
                return false;
            }

            _participants = [.. _participants.Where(p => p != leaving)];
        }

        WaitForRunningPeriod();
        await leaving.DisposeAsync();
        return true;
    }

    public RoomStats Snapshot() => new(
        Id,
        Interlocked.Read(ref _ticks),
        Interlocked.Read(ref _overruns),
        Interlocked.Read(ref _errors),
        [.. _participants.Select(p => p.Snapshot())]);

    public async ValueTask DisposeAsync()
    {
        _closed = true;
        if (_timer is not null)
        {
            await _timer.DisposeAsync();
        }

        ConferenceParticipant[] all;
        lock (_membership)
        {
            all = _participants;
            _participants = [];
        }

        WaitForRunningPeriod();
        foreach (var participant in all)
        {
            await participant.DisposeAsync();
        }
    }

    /// <summary>One mixing period: every participant's next frame summed, each sent the sum minus its own.</summary>
    internal void MixPeriod()
    {
        var participants = _participants;
        Array.Clear(_total);
        foreach (var participant in participants)
        {
            if (participant.TakeFrame())
            {
                AudioMixer.Accumulate(_total, participant.Frame);
            }
        }

        foreach (var participant in participants)
        {
            participant.SendMix(_total);
        }
    }

    // A periodic timer re-arms from when it fired, so its lateness accumulates; periods are counted against
    // the clock instead, and a late callback runs the ones owed. Packets then average exactly one per period.
    private void OnPeriod()
    {
        if (_closed || !Monitor.TryEnter(_period))
        {
            // Another callback is still running: it, or the next one, runs the periods now owed.
            return;
        }

        try
        {
            var due = _time.GetElapsedTime(_startedAt).Ticks / _interval.Ticks;
            var owed = due - _periodsRun;
            if (owed > MaxCatchUpPeriods)
            {
                Interlocked.Add(ref _overruns, owed - MaxCatchUpPeriods);
                _periodsRun = due - MaxCatchUpPeriods;
            }

            while (_periodsRun < due && !_closed)
            {
                _periodsRun++;
                RunPeriod();
            }
        }
        finally
        {
            Monitor.Exit(_period);
        }
    }

    private void RunPeriod()
    {
        try
        {
            MixPeriod();
            Interlocked.Increment(ref _ticks);
        }
        catch (Exception e)
        {
            Interlocked.Increment(ref _errors);
            Log.TickFailed(_logger, e, Id);
        }
    }

    private void WaitForRunningPeriod()
    {
        lock (_period)
        {
            // Entering is the point: a period that took the old snapshot has now finished.
        }
    }
}
