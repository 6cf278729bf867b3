using System.Globalization;
using Voice.Grains.Contracts.Registrar;
using Voice.Sip.Message;

namespace Voice.Gateway.Sip;

/// <summary>The registrar's answers (RFC 3261 §10.3 step 8 and the refusals of steps 6-7).</summary>
internal static class RegisterResponses
{
    /// <summary>200 listing every current binding, each with its remaining interval as an expires parameter.</summary>
    public static SipResponse Ok(SipRequest request, IReadOnlyList<DeviceBinding> bindings, DateTimeOffset now)
    {
        var response = SipResponseFactory.Create(request, 200, toTag: SipTags.New());
        foreach (var binding in bindings)
        {
            var contact = $"<{binding.Uri}>;expires={binding.SecondsLeft(now).ToString(CultureInfo.InvariantCulture)}";
            if (binding.Q is { } q)
            {
                contact += ";q=" + q.ToString("0.###", CultureInfo.InvariantCulture);
            }

            response.Headers.Add(HeaderKind.Contact, contact);
        }

        // RFC 3261 §10.3 step 8: the response SHOULD carry a Date header (clients without a clock use it).
        response.Headers.Add(HeaderKind.Date, now.UtcDateTime.ToString("r", CultureInfo.InvariantCulture));
        return response;
    }

    public static SipResponse For(SipRequest request, RegisterResult result, DateTimeOffset now) => result.Outcome switch
    {
        RegisterOutcome.Ok => Ok(request, result.Bindings, now),
        RegisterOutcome.IntervalTooBrief => IntervalTooBrief(request, result.MinExpires ?? 0),
        // RFC 3261 §10.3 step 7: an out-of-order update is aborted and "the request fails" — a server error, not a 4xx.
        _ => SipResponseFactory.Create(request, 500, "Out-of-Order Registration", SipTags.New()),
    };

    private static SipResponse IntervalTooBrief(SipRequest request, int minExpires)
    {
        var response = SipResponseFactory.Create(request, 423, toTag: SipTags.New());
        response.Headers.Add(HeaderKind.MinExpires, minExpires.ToString(CultureInfo.InvariantCulture));
        return response;
    }
}
