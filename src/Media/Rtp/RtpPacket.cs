namespace Voice.Media.Rtp;

/// <summary>
/// One RTP packet (RFC 3550 §5.1), version 2. A parsed packet's <see cref="Payload"/> and extension data are
/// slices of the datagram it came from: copy them before the receive buffer is reused.
/// </summary>
public sealed record RtpPacket
{
    /// <summary>RFC 3550 §5.1: the fixed header before any CSRC identifiers.</summary>
    public const int FixedHeaderSize = 12;

    /// <summary>The CC field is four bits wide.</summary>
    public const int MaxCsrcCount = 15;

    public bool Marker { get; init; }

    /// <summary>0-127.</summary>
    public byte PayloadType { get; init; }

    public ushort SequenceNumber { get; init; }

    public uint Timestamp { get; init; }

    public uint Ssrc { get; init; }

    /// <summary>Contributing sources (a mixer lists the SSRCs it mixed); at most 15.</summary>
    public IReadOnlyList<uint> Csrcs { get; init; } = [];

    public RtpHeaderExtension? Extension { get; init; }

    public ReadOnlyMemory<byte> Payload { get; init; }

    /// <summary>How many padding octets follow the payload, the count octet included; 0 when the P bit is clear.</summary>
    public byte PaddingLength { get; init; }

    /// <summary>The datagram size <see cref="RtpPacketWriter"/> produces for this packet.</summary>
    public int Size => FixedHeaderSize + (4 * Csrcs.Count) + (Extension is { } e ? 4 + e.Data.Length : 0)
        + Payload.Length + PaddingLength;
}
