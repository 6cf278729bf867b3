namespace Voice.Redis.Protocol;

/// <summary>
/// Accumulates bytes read from a socket and hands out whole replies, so a reply split across any number of
/// reads (or several replies in one read) is handled. Not thread-safe: owned by one read loop.
/// </summary>
public sealed class RespReadBuffer
{
    private const int MinimumFreeSpace = 4096;

    private byte[] _buffer;
    private int _start;
    private int _end;

    /// <summary>Creates a buffer with the given initial capacity.</summary>
    public RespReadBuffer(int initialCapacity = 16 * 1024) => _buffer = new byte[Math.Max(initialCapacity, MinimumFreeSpace)];

    /// <summary>Bytes received but not yet consumed by a parsed reply.</summary>
    public int BufferedCount => _end - _start;

    /// <summary>Free space to read into; compacts or grows the buffer first when little room is left.</summary>
    public Memory<byte> GetWriteMemory()
    {
        if (_buffer.Length - _end < MinimumFreeSpace)
        {
            int buffered = BufferedCount;
            byte[] target = buffered + MinimumFreeSpace > _buffer.Length ? new byte[_buffer.Length * 2] : _buffer;
            Buffer.BlockCopy(_buffer, _start, target, 0, buffered);
            _buffer = target;
            _start = 0;
            _end = buffered;
        }

        return _buffer.AsMemory(_end);
    }

    /// <summary>Records that <paramref name="count"/> bytes were written into <see cref="GetWriteMemory"/>.</summary>
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length - _end);
        _end += count;
    }

    /// <summary>Appends bytes (convenience for tests and in-memory feeds).</summary>
    public void Write(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            Memory<byte> free = GetWriteMemory();
            int count = Math.Min(free.Length, data.Length);
            data[..count].CopyTo(free.Span);
            Advance(count);
            data = data[count..];
        }
    }

    /// <summary>Takes the next whole reply out of the buffer, if one has fully arrived.</summary>
    public RespParseStatus TryRead(out RedisReply? reply, out RespProtocolError error)
    {
        var status = RespParser.TryParse(_buffer.AsSpan(_start, _end - _start), out reply, out int consumed, out error);
        if (status == RespParseStatus.Complete)
        {
            _start += consumed;
            if (_start == _end)
            {
                _start = _end = 0;
            }
        }

        return status;
    }
}
