namespace Voice.Sip.Sdp;

/// <summary>Maps <see cref="SdpDirection"/> to and from its attribute name (RFC 4566 §6).</summary>
public static class SdpDirections
{
    public static string ToAttributeName(SdpDirection direction) => direction switch
    {
        SdpDirection.SendOnly => "sendonly",
        SdpDirection.RecvOnly => "recvonly",
        SdpDirection.Inactive => "inactive",
        _ => "sendrecv",
    };

    public static bool TryParse(string name, out SdpDirection direction)
    {
        direction = name switch
        {
            "sendrecv" => SdpDirection.SendRecv,
            "sendonly" => SdpDirection.SendOnly,
            "recvonly" => SdpDirection.RecvOnly,
            "inactive" => SdpDirection.Inactive,
            _ => (SdpDirection)(-1),
        };
        return direction >= SdpDirection.SendRecv;
    }

    /// <summary>RFC 3264 §8.4: what a held stream offers — sendrecv becomes sendonly, recvonly becomes inactive.</summary>
    public static SdpDirection ToHold(SdpDirection direction) => direction switch
    {
        SdpDirection.SendRecv => SdpDirection.SendOnly,
        SdpDirection.RecvOnly => SdpDirection.Inactive,
        _ => direction,
    };

    /// <summary>The inverse of <see cref="ToHold"/>: sendonly resumes as sendrecv, inactive as recvonly.</summary>
    public static SdpDirection ToRetrieve(SdpDirection direction) => direction switch
    {
        SdpDirection.SendOnly => SdpDirection.SendRecv,
        SdpDirection.Inactive => SdpDirection.RecvOnly,
        _ => direction,
    };
}
