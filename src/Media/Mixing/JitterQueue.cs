namespace Voice.Media.Mixing;

/// <summary>
/// A small fixed jitter queue for one incoming stream: packets are held in sequence order (RFC 3550 §A.1
/// 16-bit wrap-around arithmetic), late and duplicate ones dropped, and read out as frames of a fixed sample
/// count whatever size the sender's packets were. Playout starts once <c>prefill</c> samples are buffered and
/// stops again on underrun, so a stream that pauses restarts with the same cushion. The depth never adapts.
/// Thread-safe: the receive loop pushes while the room's tick reads.
/// </summary>
internal sealed class JitterQueue
{
    // A jump this large (about 20 s of 20 ms packets) is a restarted sender, not reordering.
    private const int RestartDistance = 1000;

    private readonly object _gate = new();
    private readonly LinkedList<(ushort Sequence, short[] Samples)> _packets = new();
    private readonly int _prefillSamples;
    private readonly int _maxSamples;
    private uint? _ssrc;
    private ushort? _lastReleased;
    private int _headOffset;
    private int _bufferedSamples;
    private bool _playing;

    public JitterQueue(int prefillSamples, int maxSamples)
    {
        _prefillSamples = prefillSamples;
        _maxSamples = Math.Max(maxSamples, prefillSamples);
    }

    /// <summary>Packets discarded as late, duplicate or overflowing; for stats.</summary>
    public long Discarded { get; private set; }

    public void Push(uint ssrc, ushort sequence, ReadOnlySpan<short> samples)
    {
        if (samples.IsEmpty)
        {
            return;
        }

        lock (_gate)
        {
            if (_ssrc != ssrc)
            {
                Reset();
                _ssrc = ssrc;
            }

            if (_lastReleased is { } released)
            {
                var ahead = (short)(sequence - released);
                if (ahead <= 0 && ahead > -RestartDistance)
                {
                    Discarded++;
                    return;
                }

                if (ahead <= -RestartDistance || ahead >= RestartDistance)
                {
                    Reset();
                }
            }

            if (!Insert(sequence, samples.ToArray()))
            {
                Discarded++;
                return;
            }

            TrimOverflow();
        }
    }

    /// <summary>Fills <paramref name="frame"/>; false (and silence) while buffering or when nothing is queued.</summary>
    public bool TryReadFrame(Span<short> frame)
    {
        lock (_gate)
        {
            if (!_playing && _bufferedSamples >= _prefillSamples)
            {
                _playing = true;
            }

            var filled = 0;
            while (_playing && filled < frame.Length && _packets.First is { } head)
            {
                var (sequence, samples) = head.Value;
                _lastReleased = sequence;
                var take = Math.Min(samples.Length - _headOffset, frame.Length - filled);
                samples.AsSpan(_headOffset, take).CopyTo(frame[filled..]);
                filled += take;
                _headOffset += take;
                _bufferedSamples -= take;
                if (_headOffset == samples.Length)
                {
                    _packets.RemoveFirst();
                    _headOffset = 0;
                }
            }

            frame[filled..].Clear();
            if (_playing && _packets.Count == 0)
            {
                // Underrun: refill the cushion before playing again.
                _playing = false;
            }

            return filled > 0;
        }
    }

    // Keeps the list in sequence order, searching from the tail where in-order packets go.
    private bool Insert(ushort sequence, short[] samples)
    {
        var node = _packets.Last;
        while (node is not null && (short)(sequence - node.Value.Sequence) < 0)
        {
            node = node.Previous;
        }

        if (node is not null && node.Value.Sequence == sequence)
        {
            return false;
        }

        if (node is null)
        {
            if (_headOffset > 0)
            {
                // The head is half played; a packet from before it is too late.
                return false;
            }

            _packets.AddFirst((sequence, samples));
        }
        else
        {
            _packets.AddAfter(node, (sequence, samples));
        }

        _bufferedSamples += samples.Length;
        return true;
    }

    private void TrimOverflow()
    {
        while (_bufferedSamples > _maxSamples && _packets.First is { } oldest)
        {
            _bufferedSamples -= oldest.Value.Samples.Length - _headOffset;
            _lastReleased = oldest.Value.Sequence;
            _headOffset = 0;
            _packets.RemoveFirst();
            Discarded++;
        }
    }

    private void Reset()
    {
        _packets.Clear();
        _lastReleased = null;
        _headOffset = 0;
        _bufferedSamples = 0;
        _playing = false;
    }
}
