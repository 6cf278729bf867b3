using System.Text;

namespace Voice.Sip.Tests.Fuzz;

/// <summary>
/// Deterministic (seeded) structure-aware mutations of SIP messages: bit flips, byte insert/delete,
/// truncation at each kind of position, duplicated headers, huge values and header counts, and injection
/// of the characters SIP syntax hinges on.
/// </summary>
internal sealed class SipMessageMutator(int seed)
{
    // Characters whose misplacement breaks SIP lexing: line ends, quotes, brackets, separators, escapes.
    private static readonly byte[] Syntax = "\r\n\"<>:;,=%\\[]@? \t/"u8.ToArray();

    // Truncation targets: right before or after each of these classes of byte.
    private static readonly byte[][] PositionClasses =
        ["\r"u8.ToArray(), "\n"u8.ToArray(), ":"u8.ToArray(), ";"u8.ToArray(), "<>"u8.ToArray(), "\""u8.ToArray(), "@"u8.ToArray(), " "u8.ToArray(), "%"u8.ToArray(), "/"u8.ToArray()];

    private readonly Random _random = new(seed);

    public byte[] Mutate(byte[] input)
    {
        var data = new List<byte>(input);
        var rounds = 1 + _random.Next(3);
        for (var r = 0; r < rounds; r++)
        {
            Apply(data, _random.Next(10));
        }

        return [.. data];
    }

    private void Apply(List<byte> data, int kind)
    {
        switch (kind)
        {
            case 0: FlipBit(data); break;
            case 1: data.Insert(_random.Next(data.Count + 1), (byte)_random.Next(256)); break;
            case 2: DeleteRange(data); break;
            case 3: Truncate(data); break;
            case 4: DuplicateHeaderLine(data); break;
            case 5: HugeHeaderValue(data); break;
            case 6: ManyHeaders(data); break;
            default: data.Insert(_random.Next(data.Count + 1), Syntax[_random.Next(Syntax.Length)]); break;
        }
    }

    private void FlipBit(List<byte> data)
    {
        if (data.Count > 0)
        {
            var i = _random.Next(data.Count);
            data[i] ^= (byte)(1 << _random.Next(8));
        }
    }

    private void DeleteRange(List<byte> data)
    {
        if (data.Count > 0)
        {
            var i = _random.Next(data.Count);
            data.RemoveRange(i, Math.Min(data.Count - i, 1 + _random.Next(_random.Next(2) == 0 ? 2 : 40)));
        }
    }

    private void Truncate(List<byte> data)
    {
        var targets = PositionClasses[_random.Next(PositionClasses.Length)];
        var positions = new List<int>();
        for (var i = 0; i < data.Count; i++)
        {
            if (Array.IndexOf(targets, data[i]) >= 0)
            {
                positions.Add(i);
            }
        }

        var at = positions.Count == 0 ? _random.Next(data.Count + 1) : positions[_random.Next(positions.Count)] + _random.Next(2);
        data.RemoveRange(at, data.Count - at);
    }

    private void DuplicateHeaderLine(List<byte> data)
    {
        var lines = HeaderLineStarts(data);
        if (lines.Count < 2)
        {
            return;
        }

        var pick = _random.Next(lines.Count - 1);
        var line = data.GetRange(lines[pick], lines[pick + 1] - lines[pick]);
        var copies = _random.Next(4) == 0 ? 50 : 1;
        for (var c = 0; c < copies; c++)
        {
            data.InsertRange(lines[_random.Next(lines.Count)], line);
        }
    }

    private void HugeHeaderValue(List<byte> data)
    {
        var filler = (byte)"a;,<\"%@ "[_random.Next(8)];
        var length = _random.Next(2) == 0 ? 9_000 : 70_000;
        var header = new byte[length + 10];
        "X-Huge: "u8.CopyTo(header);
        header.AsSpan(8, length).Fill(filler);
        "\r\n"u8.CopyTo(header.AsSpan(8 + length));
        InsertAtHeaderLine(data, header);
    }

    private void ManyHeaders(List<byte> data)
    {
        var names = new[] { "Via", "Contact", "Route", "Supported", "X-Many", "l", "i", "Reason" };
        var name = names[_random.Next(names.Length)];
        var count = 200 + _random.Next(800);
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sb.Append(name).Append(": v").Append(i).Append("\r\n");
        }

        InsertAtHeaderLine(data, Encoding.ASCII.GetBytes(sb.ToString()));
    }

    private void InsertAtHeaderLine(List<byte> data, byte[] bytes)
    {
        var lines = HeaderLineStarts(data);
        data.InsertRange(lines.Count == 0 ? data.Count : lines[_random.Next(lines.Count)], bytes);
    }

    private static List<int> HeaderLineStarts(List<byte> data)
    {
        var starts = new List<int>();
        for (var i = 0; i + 1 < data.Count; i++)
        {
            if (data[i] == '\n')
            {
                starts.Add(i + 1);
                if (data[i + 1] is (byte)'\r' or (byte)'\n')
                {
                    break;
                }
            }
        }

        return starts;
    }
}
