using System.Text;
using Voice.Sip.Sdp;

namespace Voice.Grains.Calls;

/// <summary>Answers the call thread makes up itself, when an offer must be answered before the real answer exists.</summary>
public static class SdpAnswers
{
    /// <summary>
    /// A valid answer that sends and receives nothing (RFC 3264 §6: every offered stream answered, here with
    /// <c>a=inactive</c>), so a 2xx can be ACKed at once; the real media follow in a re-INVITE. Null when the offer
    /// does not parse.
    /// </summary>
    public static string? Inactive(string? offer)
    {
        if (string.IsNullOrEmpty(offer) || !SessionDescription.TryParse(Encoding.UTF8.GetBytes(offer), out var sdp, out _, out _))
        {
            return null;
        }

        var answer = sdp.Clone();
        answer.Origin = new SdpOrigin("voice", answer.Origin.SessionId, 1, answer.Origin.NetType, answer.Origin.AddrType, answer.Origin.Address);
        foreach (var media in answer.Media)
        {
            if (media.Port != 0)
            {
                media.SetDirection(SdpDirection.Inactive);
            }
        }

        return answer.ToString();
    }
}
