using Voice.Grains.Contracts.Registrar;

namespace Voice.Grains.Registrar;

/// <summary>
/// RFC 3261 §10.3 steps 6-7 as pure functions over a binding list: every check runs before anything changes, so a
/// refused request leaves the bindings exactly as they were ("all or nothing").
/// </summary>
public static class BindingRules
{
    public static RegisterResult Register(IReadOnlyList<DeviceBinding> current, RegisterRequest request, DateTimeOffset now, out List<DeviceBinding> updated)
    {
        ArgumentNullException.ThrowIfNull(request);
        var bounds = request.Bounds ?? ExpiresBounds.Standard;
        updated = Live(current, now);
        foreach (var contact in request.Contacts)
        {
            var expires = EffectiveExpires(contact, request, bounds);
            // RFC 3261 §10.3 step 7: a non-zero interval below the minimum earns 423 with Min-Expires.
            if (expires != 0 && expires < bounds.Min)
            {
                updated = [.. current];
                return RegisterResult.TooBrief(bounds.Min);
            }

            if (IsOutOfOrder(Find(updated, contact.Uri), request.CallId, request.CSeq))
            {
                updated = [.. current];
                return RegisterResult.OutOfOrder();
            }
        }

        foreach (var contact in request.Contacts)
        {
            var expires = EffectiveExpires(contact, request, bounds);
            updated.RemoveAll(b => SameUri(b.Uri, contact.Uri));
            // Expires 0 removes the binding; a new contact with 0 is simply never added.
            if (expires > 0)
            {
                var lifetime = TimeSpan.FromSeconds(Math.Min(expires, bounds.Max));
                updated.Add(new DeviceBinding(contact.Uri, contact.Q, now + lifetime, request.CallId, request.CSeq, request.Source, request.Node));
            }
        }

        updated = Ordered(updated);
        return RegisterResult.Ok(updated);
    }

    /// <summary>
    /// RFC 3261 §10.3 step 6 (<c>Contact: *</c>): a binding with the same Call-ID is removed only when the request's
    /// CSeq is higher than the stored one; otherwise the whole request fails and nothing is removed.
    /// </summary>
    public static RegisterResult RemoveAll(IReadOnlyList<DeviceBinding> current, string callId, long cseq, out List<DeviceBinding> updated)
    {
        if (current.Any(b => IsOutOfOrder(b, callId, cseq)))
        {
            updated = [.. current];
            return RegisterResult.OutOfOrder();
        }

        updated = [];
        return RegisterResult.Ok(updated);
    }

    /// <summary>Bindings still live at <paramref name="now"/>.</summary>
    public static List<DeviceBinding> Live(IEnumerable<DeviceBinding> bindings, DateTimeOffset now) =>
        [.. bindings.Where(b => b.ExpiresAt > now)];

    /// <summary>Highest q first; a contact without q counts as 1.0 (RFC 3261 §20.10 leaves it to the registrar). Stable.</summary>
    public static List<DeviceBinding> Ordered(IEnumerable<DeviceBinding> bindings) =>
        [.. bindings.OrderByDescending(b => b.Q ?? 1.0)];

    /// <summary>RFC 3261 §10.3 step 6: the contact's expires parameter wins over the Expires header, else the default.</summary>
    private static int EffectiveExpires(RegisterContact contact, RegisterRequest request, ExpiresBounds bounds) =>
        contact.Expires ?? request.ExpiresHeader ?? bounds.Default;

    private static bool IsOutOfOrder(DeviceBinding? existing, string callId, long cseq) =>
        existing is not null && string.Equals(existing.CallId, callId, StringComparison.Ordinal) && cseq <= existing.CSeq;

    private static DeviceBinding? Find(List<DeviceBinding> bindings, string uri) => bindings.Find(b => SameUri(b.Uri, uri));

    // The gateway sends URIs in canonical form, so an ordinal comparison is the RFC 3261 §19.1.4 comparison here.
    private static bool SameUri(string a, string b) => string.Equals(a, b, StringComparison.Ordinal);
}
