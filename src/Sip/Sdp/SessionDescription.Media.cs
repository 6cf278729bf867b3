namespace Voice.Sip.Sdp;

/// <summary>Connection and direction views that combine the session level with a media level.</summary>
public sealed partial class SessionDescription
{
    /// <summary>The connection a media stream uses: its own c= line, else the session-level one (RFC 4566 §5.7).</summary>
    public SdpConnection? GetEffectiveConnection(MediaDescription media) => media.Connection ?? Connection;

    /// <summary>The address a stream's RTP goes to, or null when neither level has a c= line.</summary>
    public string? GetConnectionAddress(MediaDescription media) => GetEffectiveConnection(media)?.Address;

    /// <summary>
    /// Points every stream at <paramref name="address"/> (what a B2BUA anchoring media does): sets the
    /// session-level c= and rewrites any media-level c= that would override it. IP4/IP6 follows the literal.
    /// </summary>
    public void SetConnectionAddress(string address)
    {
        var connection = SdpConnection.ForAddress(address);
        Connection = connection;
        foreach (var media in Media)
        {
            if (media.Connection is not null)
            {
                media.SetConnectionAddress(address);
            }
        }
    }

    /// <summary>The direction in force for a stream: its own attribute, else the session's, else sendrecv (RFC 4566 §6).</summary>
    public SdpDirection GetEffectiveDirection(MediaDescription media) =>
        media.ExplicitDirection ?? ExplicitDirection ?? SdpDirection.SendRecv;

    /// <summary>The session-level direction (sendrecv when none is written).</summary>
    public SdpDirection Direction => ExplicitDirection ?? SdpDirection.SendRecv;

    /// <summary>
    /// RFC 3264 §8.4: a stream is held when it is offered sendonly or inactive; a c= of 0.0.0.0 is the
    /// RFC 2543 form of the same thing and is still recognised. Rejected streams (port 0) are never held.
    /// </summary>
    public bool IsMediaOnHold(MediaDescription media) =>
        media.Port != 0
        && (GetEffectiveDirection(media) is SdpDirection.SendOnly or SdpDirection.Inactive
            || GetEffectiveConnection(media)?.IsUnspecifiedAddress == true);

    /// <summary>True when there is at least one active stream and every active stream is held.</summary>
    public bool IsOnHold
    {
        get
        {
            var active = Media.Where(m => m.Port != 0).ToList();
            return active.Count > 0 && active.TrueForAll(IsMediaOnHold);
        }
    }
}
