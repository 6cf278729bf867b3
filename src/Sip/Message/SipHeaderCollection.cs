using System.Collections;

namespace Voice.Sip.Message;

/// <summary>
/// The ordered header fields of a message. Order is significant (RFC 3261 §7.3.1: fields of the same
/// name keep their relative order; Via and Route order carries meaning) and is preserved.
/// </summary>
public sealed class SipHeaderCollection : IReadOnlyList<SipHeader>
{
    private SipHeader[] _items;
    private int _count;

    public SipHeaderCollection(int capacity = 16) => _items = new SipHeader[Math.Max(capacity, 4)];

    public int Count => _count;

    public SipHeader this[int index] =>
        (uint)index < (uint)_count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The kind of the field at <paramref name="index"/>, read in place (no copy of the struct).</summary>
    internal HeaderKind KindAt(int index) => _items[index].Kind;

    /// <summary>The raw value of the field at <paramref name="index"/>, read in place.</summary>
    internal ReadOnlySpan<byte> ValueAt(int index) => _items[index].RawValue.Span;

    public void Add(SipHeader header)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count++] = header;
    }

    public void Add(HeaderKind kind, string value) => Add(SipHeader.Create(kind, value));

    public void Add(string name, string value) => Add(SipHeader.Create(name, value));

    public void Insert(int index, SipHeader header)
    {
        if ((uint)index > (uint)_count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        Add(header);
        Array.Copy(_items, index, _items, index + 1, _count - index - 1);
        _items[index] = header;
    }

    /// <summary>Inserts before the first header of this kind, or appends when there is none (e.g. a new top Via).</summary>
    public void AddFirst(HeaderKind kind, string value)
    {
        var i = IndexOf(kind);
        var header = SipHeader.Create(kind, value);
        if (i < 0)
        {
            Add(header);
        }
        else
        {
            Insert(i, header);
        }
    }

    public void RemoveAt(int index)
    {
        if ((uint)index >= (uint)_count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        _count--;
        Array.Copy(_items, index + 1, _items, index, _count - index);
        _items[_count] = default;
    }

    public int RemoveAll(HeaderKind kind)
    {
        var removed = 0;
        for (var i = _count - 1; i >= 0; i--)
        {
            if (_items[i].Kind == kind && kind != HeaderKind.Unknown)
            {
                RemoveAt(i);
                removed++;
            }
        }

        return removed;
    }

    public int RemoveAll(string name)
    {
        var removed = 0;
        for (var i = _count - 1; i >= 0; i--)
        {
            if (_items[i].HasName(name))
            {
                RemoveAt(i);
                removed++;
            }
        }

        return removed;
    }

    /// <summary>Replaces every header of this kind with one holding <paramref name="value"/>, at the first one's position.</summary>
    public void Set(HeaderKind kind, string value)
    {
        var i = IndexOf(kind);
        RemoveAll(kind);
        var header = SipHeader.Create(kind, value);
        if (i < 0 || i > _count)
        {
            Add(header);
        }
        else
        {
            Insert(i, header);
        }
    }

    public int IndexOf(HeaderKind kind, int start = 0)
    {
        for (var i = start; i < _count; i++)
        {
            if (_items[i].Kind == kind)
            {
                return i;
            }
        }

        return -1;
    }

    public bool Contains(HeaderKind kind) => IndexOf(kind) >= 0;

    public bool TryGetFirst(HeaderKind kind, out SipHeader header)
    {
        var i = IndexOf(kind);
        header = i < 0 ? default : _items[i];
        return i >= 0;
    }

    /// <summary>First value of a header by name (known or unknown), or null.</summary>
    public string? GetFirstValue(string name)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_items[i].HasName(name))
            {
                return _items[i].Value;
            }
        }

        return null;
    }

    public string? GetFirstValue(HeaderKind kind) => TryGetFirst(kind, out var h) ? h.Value : null;

    /// <summary>All fields of one kind, in order.</summary>
    public IEnumerable<SipHeader> OfKind(HeaderKind kind)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_items[i].Kind == kind)
            {
                yield return _items[i];
            }
        }
    }

    public SipHeaderCollection Clone()
    {
        var copy = new SipHeaderCollection(_count);
        for (var i = 0; i < _count; i++)
        {
            copy.Add(_items[i]);
        }

        return copy;
    }

    public IEnumerator<SipHeader> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return _items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
