using Voice.Media.Rtp;

namespace Voice.Media.Tests.Conference;

/// <summary>A packet a fake participant received from the bridge, with its payload decoded.</summary>
internal sealed record ReceivedFrame(RtpPacket Packet, short[] Samples)
{
    /// <summary>True when every sample is within <paramref name="tolerance"/> of <paramref name="expected"/>.</summary>
    public bool IsNear(int expected, int tolerance) => Samples.Length > 0 && Samples.All(s => Math.Abs(s - expected) <= tolerance);

    public override string ToString() =>
        $"PT {Packet.PayloadType} seq {Packet.SequenceNumber} ts {Packet.Timestamp}: {Samples.Length} samples, first {(Samples.Length > 0 ? Samples[0] : 0)}";
}
