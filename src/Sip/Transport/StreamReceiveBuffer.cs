using System.Buffers;

namespace Voice.Sip.Transport;

/// <summary>
/// The bytes read from one TCP connection and not yet framed: a pooled array that compacts and grows on
/// demand, up to a ceiling, so a peer cannot make a connection hold more than one maximum message.
/// </summary>
internal sealed class StreamReceiveBuffer : IDisposable
{
    private readonly int _ceiling;
    private byte[] _buffer;
    private int _start;
    private int _end;

    public StreamReceiveBuffer(int initialSize, int ceiling)
    {
        _ceiling = Math.Max(ceiling, initialSize);
        _buffer = ArrayPool<byte>.Shared.Rent(initialSize);
    }

    /// <summary>Bytes received and not yet consumed.</summary>
    public ReadOnlySpan<byte> Data => _buffer.AsSpan(_start, _end - _start);

    public int Length => _end - _start;

    /// <summary>Free space to read into; empty when the ceiling is reached and nothing can be compacted.</summary>
    public Memory<byte> GetWriteMemory()
    {
        if (_end == _buffer.Length)
        {
            MakeRoom();
        }

        return _buffer.AsMemory(_end);
    }

    public void Advance(int count) => _end += count;

    public void Consume(int count)
    {
        _start += count;
        if (_start == _end)
        {
            _start = 0;
            _end = 0;
        }
    }

    /// <summary>An exact-size copy of the first <paramref name="count"/> unconsumed bytes.</summary>
    public byte[] CopyOut(int count) => Data[..count].ToArray();

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _start = 0;
        _end = 0;
    }

    private void MakeRoom()
    {
        var length = Length;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, length);
            _start = 0;
            _end = length;
            return;
        }

        // One byte past the ceiling is enough for the framer to see the message is too large.
        var newSize = Math.Min(_buffer.Length * 2, _ceiling + 1);
        if (newSize <= _buffer.Length)
        {
            return;
        }

        var bigger = ArrayPool<byte>.Shared.Rent(newSize);
        Buffer.BlockCopy(_buffer, 0, bigger, 0, length);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
