using System.Text;

namespace Voice.Sip.Message;

/// <summary>
/// A request method. Methods are case-sensitive tokens (RFC 3261 §7.1); the standard ones are
/// shared instances so parsing them does not allocate. Unknown methods are kept verbatim.
/// </summary>
public sealed class SipMethod : IEquatable<SipMethod>
{
    public static readonly SipMethod Invite = new("INVITE");
    public static readonly SipMethod Ack = new("ACK");
    public static readonly SipMethod Bye = new("BYE");
    public static readonly SipMethod Cancel = new("CANCEL");
    public static readonly SipMethod Register = new("REGISTER");
    public static readonly SipMethod Options = new("OPTIONS");
    public static readonly SipMethod Info = new("INFO");
    public static readonly SipMethod Update = new("UPDATE");
    public static readonly SipMethod Prack = new("PRACK");
    public static readonly SipMethod Subscribe = new("SUBSCRIBE");
    public static readonly SipMethod Notify = new("NOTIFY");
    public static readonly SipMethod Refer = new("REFER");
    public static readonly SipMethod Message = new("MESSAGE");
    public static readonly SipMethod Publish = new("PUBLISH");

    private static readonly SipMethod[] Known =
        [Invite, Ack, Bye, Cancel, Register, Options, Info, Update, Prack, Subscribe, Notify, Refer, Message, Publish];

    private readonly byte[] _bytes;

    private SipMethod(string name)
    {
        Name = name;
        _bytes = Encoding.ASCII.GetBytes(name);
    }

    public string Name { get; }

    internal ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>True for methods defined by RFC 3261 and its common extensions.</summary>
    public bool IsStandard => Array.IndexOf(Known, this) >= 0;

    /// <summary>Returns the shared instance for a standard method, or a new one; the caller has checked it is a token.</summary>
    public static SipMethod Parse(ReadOnlySpan<byte> token)
    {
        foreach (var m in Known)
        {
            if (token.SequenceEqual(m._bytes))
            {
                return m;
            }
        }

        return new SipMethod(Encoding.ASCII.GetString(token));
    }

    public static SipMethod Parse(string name) => Parse(Encoding.ASCII.GetBytes(name));

    public bool Equals(SipMethod? other) => other is not null && (ReferenceEquals(this, other) || Name == other.Name);

    public override bool Equals(object? obj) => obj is SipMethod m && Equals(m);

    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Name;

    public static bool operator ==(SipMethod? left, SipMethod? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(SipMethod? left, SipMethod? right) => !(left == right);
}
