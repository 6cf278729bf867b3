namespace Voice.Sip.Sdp;

/// <summary>
/// A <c>t=</c> line with the <c>r=</c> lines that follow it (RFC 4566 §5.9, §5.10). Times are kept as text
/// (NTP seconds, <c>0 0</c> for an unbounded session as SIP always uses).
/// </summary>
public sealed class SdpTiming
{
    public SdpTiming(string start, string stop)
    {
        Start = start;
        Stop = stop;
    }

    public string Start { get; set; }

    public string Stop { get; set; }

    /// <summary>The raw values of the <c>r=</c> lines bound to this timing, in order.</summary>
    public List<string> Repeats { get; } = [];

    public SdpTiming Clone()
    {
        var copy = new SdpTiming(Start, Stop);
        copy.Repeats.AddRange(Repeats);
        return copy;
    }

    public override string ToString() => $"{Start} {Stop}";
}
