using System.Net;

namespace Voice.Media.Conference;

/// <summary>Where and how the conference bridge runs its RTP sockets.</summary>
public sealed class ConferenceBridgeOptions
{
    /// <summary>The local address every participant socket binds to.</summary>
    public IPAddress BindAddress { get; set; } = IPAddress.Any;

    /// <summary>
    /// The address written in answers' c= lines (the public address behind NAT). Required when
    /// <see cref="BindAddress"/> is a wildcard; defaults to <see cref="BindAddress"/> otherwise.
    /// </summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>First port of the RTP range (inclusive). Only even ports are used (RFC 3550 §11).</summary>
    public int PortRangeStart { get; set; } = 40000;

    /// <summary>Last port of the RTP range (inclusive).</summary>
    public int PortRangeEnd { get; set; } = 40999;

    /// <summary>Mixing period and the audio length of every packet sent; 10-60 ms in steps of 10 ms.</summary>
    public TimeSpan Packetization { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Frames buffered per incoming stream before it is played (absorbs arrival jitter; adds delay).</summary>
    public int JitterPrefillFrames { get; set; } = 2;

    /// <summary>Frames an incoming stream may queue before its oldest are dropped (bounds the delay).</summary>
    public int JitterMaxFrames { get; set; } = 5;

    internal string EffectiveAdvertisedAddress => AdvertisedAddress ?? BindAddress.ToString();

    /// <summary>8 kHz samples per frame: 160 at 20 ms.</summary>
    internal int FrameSamples => (int)Packetization.TotalMilliseconds * 8;
}
