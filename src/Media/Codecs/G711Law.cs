namespace Voice.Media.Codecs;

/// <summary>The two G.711 companding laws, as RTP names them (RFC 3551 §4.5.14).</summary>
public enum G711Law
{
    /// <summary>μ-law, static payload type 0.</summary>
    Pcmu,

    /// <summary>A-law, static payload type 8.</summary>
    Pcma,
}
