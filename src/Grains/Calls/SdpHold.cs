using System.Text;
using Voice.Sip.Sdp;

namespace Voice.Grains.Calls;

/// <summary>Reads whether an SDP offer puts the other party on hold (RFC 3264 §8.4, and RFC 2543's c=0.0.0.0).</summary>
public static class SdpHold
{
    /// <summary>
    /// True when every active media stream is sendonly or inactive, or is addressed to 0.0.0.0; false for anything
    /// else, including no body or one that does not parse (then the call is not marked held).
    /// </summary>
    public static bool IsHoldOffer(string? body)
    {
        if (string.IsNullOrEmpty(body) || !SessionDescription.TryParse(Encoding.UTF8.GetBytes(body), out var sdp, out _, out _))
        {
            return false;
        }

        var active = sdp.Media.Where(m => m.Port != 0).ToList();
        return active.Count > 0 && active.All(media =>
            sdp.GetEffectiveDirection(media) is SdpDirection.SendOnly or SdpDirection.Inactive
            || (media.Connection ?? sdp.Connection)?.IsUnspecifiedAddress == true);
    }
}
