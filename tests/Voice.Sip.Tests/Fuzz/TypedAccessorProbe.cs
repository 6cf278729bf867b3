using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Tests.Fuzz;

/// <summary>
/// Reads every typed view of a message — TryGet forms and throwing properties — tolerating only
/// <see cref="SipParseException"/> from the latter. Anything else escapes to the caller.
/// </summary>
internal static class TypedAccessorProbe
{
    private static readonly HeaderKind[] IntKinds = [HeaderKind.MaxForwards, HeaderKind.Expires, HeaderKind.MinExpires, HeaderKind.ContentLength];

    private static readonly HeaderKind[] ListKinds =
        [HeaderKind.Supported, HeaderKind.Require, HeaderKind.ProxyRequire, HeaderKind.Unsupported, HeaderKind.Allow, HeaderKind.AllowEvents];

    private static readonly HeaderKind[] NameAddressKinds =
        [HeaderKind.From, HeaderKind.To, HeaderKind.Contact, HeaderKind.Route, HeaderKind.RecordRoute, HeaderKind.ReferredBy, HeaderKind.PAssertedIdentity];

    private static readonly Func<SipMessage, object?>[] Properties =
    [
        m => m.CallId, m => m.CSeq, m => m.From, m => m.To, m => m.Vias, m => m.TopVia, m => m.Contacts,
        m => m.IsContactWildcard, m => m.Routes, m => m.RecordRoutes, m => m.MaxForwards, m => m.Expires,
        m => m.MinExpires, m => m.ContentLength, m => m.ContentType, m => m.ReferTo, m => m.ReferredBy,
        m => m.Replaces, m => m.Event, m => m.SubscriptionState, m => m.Reasons, m => m.Supported, m => m.Require,
        m => m.ProxyRequire, m => m.Unsupported, m => m.Allow, m => m.AllowEvents,
        m => (m as SipRequest)?.RequestUri,
    ];

    public static void ReadEverything(SipMessage message)
    {
        ReadTryForms(message);
        foreach (var property in Properties)
        {
            try
            {
                _ = Describe(property(message));
            }
            catch (SipParseException)
            {
                // Expected for malformed values: the throwing form's documented failure.
            }
        }

        _ = message.ToBytes();
        _ = SipMessageValidator.Validate(message);
        if (message is SipRequest request)
        {
            _ = SipMessageValidator.CheckPolicy(request, new HashSet<string> { "timer" }, []);
            _ = SipResponseFactory.CreateForError(request, SipError.MalformedHeaderLine);
            _ = SipResponseFactory.CreateForError(request, SipError.BadExtension, ["x"], 60);
        }
    }

    private static void ReadTryForms(SipMessage m)
    {
        _ = m.TryGetVias(out var vias, out _) ? Describe(vias) : null;
        foreach (var kind in NameAddressKinds)
        {
            _ = m.TryGetNameAddress(kind, out var na, out _) ? Describe(na) : null;
            _ = m.TryGetNameAddressList(kind, out var list, out _) ? Describe(list) : null;
        }

        foreach (var kind in IntKinds)
        {
            _ = m.TryGetInt(kind, out _);
        }

        foreach (var kind in ListKinds)
        {
            _ = m.TryGetTokenList(kind, out _, out _);
        }

        _ = m.TryGetContentType(out var ct, out _) ? Describe(ct) : null;
        _ = m.TryGetReferTo(out var referTo, out _) ? Describe(referTo?.Replaces) + Describe(referTo) : null;
        _ = m.TryGetReferredBy(out var referredBy, out _) ? Describe(referredBy) : null;
        _ = m.TryGetReplaces(out var replaces, out _) ? Describe(replaces) + replaces?.EarlyOnly : null;
        _ = m.TryGetEvent(out var ev, out _) ? Describe(ev) + ev?.Package + ev?.Templates.Count : null;
        _ = m.TryGetSubscriptionState(out var ss, out _) ? Describe(ss) + ss?.State + ss?.Expires + ss?.RetryAfter : null;
        _ = m.TryGetReasons(out var reasons, out _) ? string.Join(",", reasons.Select(r => $"{r}{r.Cause}{r.Text}")) : null;
        if (m is SipRequest request)
        {
            _ = request.TryGetRequestUri(out var uri, out _) ? Describe(uri) + uri.HostWithoutBrackets : null;
        }
    }

    // ToString exercises each value's serializer; collections are walked element by element.
    private static string? Describe(object? value) => value switch
    {
        null => null,
        System.Collections.IEnumerable items and not string => string.Join("|", items.Cast<object?>().Select(Describe)),
        _ => value.ToString(),
    };
}
