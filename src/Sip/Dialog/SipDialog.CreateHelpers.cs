using Voice.Sip.Headers;
using Voice.Sip.Message;

namespace Voice.Sip.Dialog;

public sealed partial class SipDialog
{
    // RFC 3261 §12.1: only 101–199 with a To tag (early) and 2xx (confirmed) create dialogs. Passing any other
    // status is a caller bug; a response lacking the To tag is a defect of the message.
    private static bool CanCreateDialog(SipResponse response, out SipError error)
    {
        if (response.StatusCode is <= 100 or >= 300)
        {
            throw new ArgumentOutOfRangeException(nameof(response), response.StatusCode, "Only 101-299 responses create dialogs.");
        }

        if (!response.TryGetNameAddress(HeaderKind.To, out var to, out error))
        {
            return false;
        }

        error = string.IsNullOrEmpty(to.Tag) ? SipError.MalformedTo : SipError.None;
        return error == SipError.None;
    }

    private static DialogState StateFor(SipResponse response) => response.IsSuccess ? DialogState.Confirmed : DialogState.Early;

    private static bool TryGetSingleContact(SipMessage message, out NameAddress contact, out SipError error)
    {
        contact = null!;
        if (!message.TryGetNameAddressList(HeaderKind.Contact, out var contacts, out error))
        {
            return false;
        }

        // RFC 3261 §12.1.1/§12.1.2: a dialog-creating message carries exactly one Contact URI.
        error = SipError.MalformedContact;
        if (contacts.Count != 1)
        {
            return false;
        }

        contact = contacts[0];
        error = SipError.None;
        return true;
    }

    // A provisional response without Contact still creates an early dialog; the target stays the Request-URI
    // until a response that names one (a 2xx must, RFC 3261 §13.3.1.4).
    private static bool TryGetRemoteTargetFromResponse(SipResponse response, SipUri requestUri, out SipUri target, out SipError error)
    {
        target = requestUri;
        error = SipError.None;
        if (response.IsProvisional && !response.Headers.Contains(HeaderKind.Contact))
        {
            return true;
        }

        if (!TryGetSingleContact(response, out var contact, out error))
        {
            return false;
        }

        target = contact.Uri;
        return true;
    }

    private static bool TryGetCSeq(SipMessage message, out long number, out SipError error)
    {
        number = 0;
        error = SipError.MissingCSeq;
        if (!message.Headers.TryGetFirst(HeaderKind.CSeq, out var header))
        {
            return false;
        }

        if (!Parsing.CSeqParser.TryParse(header.RawValue.Span, out var cseq, out error))
        {
            return false;
        }

        number = cseq.Number;
        return true;
    }
}
