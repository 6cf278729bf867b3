namespace Voice.Media.Rtp;

/// <summary>
/// The header extension of RFC 3550 §5.3.1: a 16-bit profile-defined value and data whose length is a whole
/// number of 32-bit words. The mixer carries it through parsing only; it never interprets it.
/// </summary>
public sealed record RtpHeaderExtension(ushort Profile, ReadOnlyMemory<byte> Data);
