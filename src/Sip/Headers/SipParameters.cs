using System.Collections;
using System.Text;
using Voice.Sip.Parsing;

namespace Voice.Sip.Headers;

/// <summary>
/// An ordered parameter list (header or URI parameters). Names compare case-insensitively
/// (RFC 3261 §7.3.1); order and spelling are preserved for serialization.
/// </summary>
public sealed class SipParameters : IReadOnlyList<SipParameter>
{
    private readonly List<SipParameter> _items;

    public SipParameters() => _items = [];

    public SipParameters(IEnumerable<SipParameter> items) => _items = [.. items];

    public int Count => _items.Count;

    public SipParameter this[int index] => _items[index];

    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>The raw value (null when absent or when the parameter has no value).</summary>
    public string? Get(string name)
    {
        var i = IndexOf(name);
        return i < 0 ? null : _items[i].Value;
    }

    /// <summary>The value with surrounding quotes removed and quoted-pairs resolved.</summary>
    public string? GetUnquoted(string name)
    {
        var value = Get(name);
        return value is null ? null : SipLexer.Unquote(Encoding.UTF8.GetBytes(value));
    }

    public void Set(string name, string? value)
    {
        var i = IndexOf(name);
        if (i < 0)
        {
            _items.Add(new SipParameter(name, value));
        }
        else
        {
            _items[i] = new SipParameter(_items[i].Name, value);
        }
    }

    /// <summary>Appends a parameter; false when one of that name is already present.</summary>
    public bool TryAdd(string name, string? value)
    {
        if (IndexOf(name) >= 0)
        {
            return false;
        }

        _items.Add(new SipParameter(name, value));
        return true;
    }

    public bool Remove(string name)
    {
        var i = IndexOf(name);
        if (i < 0)
        {
            return false;
        }

        _items.RemoveAt(i);
        return true;
    }

    public int IndexOf(string name)
    {
        for (var i = 0; i < _items.Count; i++)
        {
            if (string.Equals(_items[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    public SipParameters Clone() => new(_items);

    /// <summary>Writes <c>;a=b;c</c> for each parameter.</summary>
    public void AppendTo(StringBuilder sb)
    {
        foreach (var p in _items)
        {
            sb.Append(';').Append(p.Name);
            if (p.Value is not null)
            {
                sb.Append('=').Append(p.Value);
            }
        }
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        AppendTo(sb);
        return sb.ToString();
    }

    /// <summary>Same names (case-insensitive) with the same values, in any order. Token values compare case-insensitively.</summary>
    public bool EquivalentTo(SipParameters other)
    {
        if (other.Count != Count)
        {
            return false;
        }

        foreach (var p in _items)
        {
            var j = other.IndexOf(p.Name);
            if (j < 0)
            {
                return false;
            }

            var v = other[j].Value;
            var quoted = p.Value is { Length: > 0 } && p.Value[0] == '"';
            var comparison = quoted ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            if (!string.Equals(p.Value, v, comparison))
            {
                return false;
            }
        }

        return true;
    }

    public IEnumerator<SipParameter> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
