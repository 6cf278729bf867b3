namespace Voice.Sip.Sdp;

/// <summary>Deriving new offers from a previous description (RFC 3264 §8).</summary>
public sealed partial class SessionDescription
{
    /// <summary>RFC 3264 §8: each new offer in a session carries the previous o= version plus one.</summary>
    public void IncrementVersion() => Origin.SessionVersion++;

    /// <summary>
    /// A copy offering hold (RFC 3264 §8.4): each active stream's direction goes sendrecv → sendonly and
    /// recvonly → inactive (sendonly and inactive stay), written at media level, with the version incremented.
    /// </summary>
    public SessionDescription CreateHoldOffer() => CreateDirectionOffer(SdpDirections.ToHold, null);

    /// <summary>
    /// A copy taking a held stream off hold: sendonly → sendrecv, inactive → recvonly, version incremented.
    /// A legacy 0.0.0.0 connection is replaced by <paramref name="connectionAddress"/> when one is given.
    /// </summary>
    public SessionDescription CreateRetrieveOffer(string? connectionAddress = null) =>
        CreateDirectionOffer(SdpDirections.ToRetrieve, connectionAddress);

    private SessionDescription CreateDirectionOffer(Func<SdpDirection, SdpDirection> change, string? connectionAddress)
    {
        var offer = Clone();
        foreach (var media in offer.Media)
        {
            if (media.Port == 0)
            {
                continue;
            }

            media.SetDirection(change(offer.GetEffectiveDirection(media)));
            if (connectionAddress is not null && media.Connection?.IsUnspecifiedAddress == true)
            {
                media.Connection = SdpConnection.ForAddress(connectionAddress);
            }
        }

        if (connectionAddress is not null && offer.Connection?.IsUnspecifiedAddress == true)
        {
            offer.Connection = SdpConnection.ForAddress(connectionAddress);
        }

        offer.IncrementVersion();
        return offer;
    }
}
