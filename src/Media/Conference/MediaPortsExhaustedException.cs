namespace Voice.Media.Conference;

/// <summary>Every even port of the configured RTP range is in use (by the bridge or another process).</summary>
public sealed class MediaPortsExhaustedException : Exception
{
    public MediaPortsExhaustedException()
        : base("no free even port in the RTP port range")
    {
    }

    public MediaPortsExhaustedException(string message)
        : base(message)
    {
    }

    public MediaPortsExhaustedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
