using Voice.Sip.Message;

namespace Voice.Sip.Dialog;

public sealed partial class SipDialog
{
    /// <summary>
    /// RFC 3261 §12.1.1: the dialog a UAS creates by sending a 101–299 <paramref name="response"/> (with a To tag) to
    /// <paramref name="request"/>. Route set = request Record-Route in order, remote target = request Contact,
    /// remote sequence = request CSeq, local sequence empty.
    /// </summary>
    public static bool TryCreateAsUas(SipRequest request, SipResponse response, bool overTls, out SipDialog dialog, out SipError error)
    {
        dialog = null!;
        if (!CanCreateDialog(response, out error)
            || !DialogId.TryFromMessage(response, isUas: true, out var id, out error)
            || !request.TryGetNameAddress(HeaderKind.From, out var from, out error)
            || !request.TryGetNameAddress(HeaderKind.To, out var to, out error)
            || !TryGetSingleContact(request, out var remoteTarget, out error)
            || !request.TryGetNameAddressList(HeaderKind.RecordRoute, out var routeSet, out error)
            || !TryGetCSeq(request, out var cseq, out error)
            || !request.TryGetRequestUri(out var requestUri, out error))
        {
            return false;
        }

        dialog = new SipDialog(id, isUas: true, StateFor(response), WithoutTag(to), WithoutTag(from), remoteTarget.Uri, routeSet,
            overTls && requestUri.IsSecure)
        {
            RemoteSequence = cseq,
            LocalContact = TryGetSingleContact(response, out var contact, out _) ? contact : null,
        };
        return true;
    }

    /// <summary>
    /// RFC 3261 §12.1.2: the dialog a UAC creates on receiving a 101–299 <paramref name="response"/> with a To tag.
    /// Route set = response Record-Route reversed, remote target = response Contact, local sequence = request CSeq,
    /// remote sequence empty.
    /// </summary>
    public static bool TryCreateAsUac(SipRequest request, SipResponse response, bool overTls, out SipDialog dialog, out SipError error)
    {
        dialog = null!;
        if (!CanCreateDialog(response, out error)
            || !DialogId.TryFromMessage(response, isUas: false, out var id, out error)
            || !request.TryGetNameAddress(HeaderKind.From, out var from, out error)
            || !request.TryGetNameAddress(HeaderKind.To, out var to, out error)
            || !response.TryGetNameAddressList(HeaderKind.RecordRoute, out var routeSet, out error)
            || !TryGetCSeq(request, out var cseq, out error)
            || !request.TryGetRequestUri(out var requestUri, out error)
            || !TryGetRemoteTargetFromResponse(response, requestUri, out var remoteTarget, out error))
        {
            return false;
        }

        routeSet.Reverse();
        dialog = new SipDialog(id, isUas: false, StateFor(response), WithoutTag(from), WithoutTag(to), remoteTarget, routeSet,
            overTls && requestUri.IsSecure)
        {
            LocalSequence = cseq,
            LocalContact = TryGetSingleContact(request, out var contact, out _) ? contact : null,
        };
        return true;
    }

    public static SipDialog CreateAsUas(SipRequest request, SipResponse response, bool overTls = false) =>
        TryCreateAsUas(request, response, overTls, out var dialog, out var error) ? dialog : throw new SipParseException(error, HeaderKind.Unknown);

    public static SipDialog CreateAsUac(SipRequest request, SipResponse response, bool overTls = false) =>
        TryCreateAsUac(request, response, overTls, out var dialog, out var error) ? dialog : throw new SipParseException(error, HeaderKind.Unknown);
}
