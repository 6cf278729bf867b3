using System.Buffers;
using System.Globalization;
using System.Text;

namespace Voice.Sip.Message;

/// <summary>
/// Serializes a message in canonical form: start line, each header as <c>Name: value</c> with the
/// long canonical name for known headers (compact forms expanded), CRLF line ends, empty line, body.
/// Values are written as parsed (already unfolded), so parse → write → parse yields an equal message.
/// </summary>
public static class SipMessageWriter
{
    private static readonly byte[] ColonSpace = ": "u8.ToArray();
    private static readonly byte[] Crlf = "\r\n"u8.ToArray();

    public static byte[] ToBytes(SipMessage message)
    {
        var startLine = StartLine(message);
        var size = startLine.Length + 2 + 2 + message.Body.Length;
        foreach (var h in message.Headers)
        {
            size += NameBytes(h).Length + 2 + h.RawValue.Length + 2;
        }

        var buffer = new byte[size];
        var writer = new SpanWriter(buffer);
        writer.Write(startLine);
        writer.Write(Crlf);
        foreach (var h in message.Headers)
        {
            writer.Write(NameBytes(h));
            writer.Write(ColonSpace);
            writer.Write(h.RawValue.Span);
            writer.Write(Crlf);
        }

        writer.Write(Crlf);
        writer.Write(message.Body.Span);
        return buffer;
    }

    public static void Write(SipMessage message, IBufferWriter<byte> output)
    {
        var bytes = ToBytes(message);
        output.Write(bytes);
    }

    private static ReadOnlySpan<byte> NameBytes(SipHeader h) =>
        h.Kind == HeaderKind.Unknown ? h.RawName.Span : HeaderNames.CanonicalNameBytes(h.Kind);

    private static byte[] StartLine(SipMessage message) => message switch
    {
        SipRequest r => Concat(r.Method.Bytes, " "u8, r.RawRequestUri.Span, " "u8, Encoding.ASCII.GetBytes(r.Version)),
        SipResponse r => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{r.Version} {r.StatusCode} {r.ReasonPhrase}")),
        _ => throw new ArgumentException("Unknown message type", nameof(message)),
    };

    private static byte[] Concat(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, ReadOnlySpan<byte> c, ReadOnlySpan<byte> d, ReadOnlySpan<byte> e)
    {
        var result = new byte[a.Length + b.Length + c.Length + d.Length + e.Length];
        var w = new SpanWriter(result);
        w.Write(a);
        w.Write(b);
        w.Write(c);
        w.Write(d);
        w.Write(e);
        return result;
    }

    private ref struct SpanWriter(Span<byte> buffer)
    {
        private readonly Span<byte> _buffer = buffer;
        private int _position;

        public void Write(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(_buffer[_position..]);
            _position += bytes.Length;
        }
    }
}
