using Voice.Sip.Message;

namespace Voice.Sip.Dialog;

public sealed partial class SipDialog
{
    /// <summary>
    /// RFC 3261 §12.2.2: checks and applies a request received inside this dialog. A CSeq lower than the remote
    /// sequence number is out of order (500); otherwise the remote sequence number advances, a target refresh
    /// replaces the remote target and a BYE ends the dialog.
    /// </summary>
    public DialogRequestOutcome ProcessRequest(SipRequest request)
    {
        if (State == DialogState.Terminated
            || !DialogId.TryFromMessage(request, isUas: true, out var id, out _)
            || id != Id
            || !TryGetCSeq(request, out var cseq, out _))
        {
            return DialogRequestOutcome.NoSuchDialog;
        }

        // Equal numbers pass: the ACK for a 2xx repeats the INVITE's CSeq (RFC 3261 §13.2.2.4).
        if (RemoteSequence is { } remote && cseq < remote)
        {
            return DialogRequestOutcome.OutOfOrder;
        }

        RemoteSequence = cseq;
        if (request.Method == SipMethod.Bye)
        {
            State = DialogState.Terminated;
            return DialogRequestOutcome.Terminated;
        }

        return IsTargetRefresh(request.Method) && TryRefreshTarget(request)
            ? DialogRequestOutcome.TargetRefreshed
            : DialogRequestOutcome.Accepted;
    }

    /// <summary>
    /// Applies a response to a request this side sent in (or to create) the dialog, and returns the new state.
    /// Early → Confirmed on a 2xx to the INVITE (the UAC recomputes its route set, RFC 3261 §13.2.2.4); a non-2xx
    /// final response ends an early dialog (§12.3); 481 or 408 ends any dialog (§12.2.1.2); a final response to
    /// BYE ends it; a 2xx to a target refresh updates the remote target (§12.2.1.2).
    /// </summary>
    public DialogState ProcessResponse(SipResponse response)
    {
        if (State == DialogState.Terminated || !TryGetMethod(response, out var method))
        {
            return State;
        }

        if (response.StatusCode is 481 or 408 || (method == SipMethod.Bye && response.IsFinal))
        {
            State = DialogState.Terminated;
        }
        else if (State == DialogState.Early && method == SipMethod.Invite)
        {
            ApplyToEarlyDialog(response);
        }
        else if (response.IsSuccess && IsTargetRefresh(method))
        {
            TryRefreshTarget(response);
        }

        return State;
    }

    /// <summary>
    /// Applies a response this side sends to a request it received. For the UAS of the dialog-creating INVITE, a 2xx
    /// confirms the early dialog and a non-2xx final response ends it (RFC 3261 §12.3).
    /// </summary>
    public DialogState ProcessSentResponse(SipResponse response)
    {
        if (State == DialogState.Early && response.IsFinal && TryGetMethod(response, out var method) && method == SipMethod.Invite)
        {
            State = response.IsSuccess ? DialogState.Confirmed : DialogState.Terminated;
            if (response.IsSuccess && TryGetSingleContact(response, out var contact, out _))
            {
                LocalContact = contact;
            }
        }

        return State;
    }

    private void ApplyToEarlyDialog(SipResponse response)
    {
        if (response.StatusCode >= 300)
        {
            State = DialogState.Terminated;
            return;
        }

        TryRefreshTarget(response);
        if (!response.IsSuccess)
        {
            return;
        }

        State = DialogState.Confirmed;
        if (!IsUas && response.TryGetNameAddressList(HeaderKind.RecordRoute, out var routes, out _))
        {
            routes.Reverse();
            _routeSet.Clear();
            _routeSet.AddRange(routes);
        }
    }

    // RFC 3261 §12.2: INVITE and UPDATE (RFC 3311) refresh the target; RFC 6665 §4.1 adds SUBSCRIBE and NOTIFY.
    private static bool IsTargetRefresh(SipMethod method) =>
        method == SipMethod.Invite || method == SipMethod.Update || method == SipMethod.Subscribe || method == SipMethod.Notify;

    private bool TryRefreshTarget(SipMessage message)
    {
        if (!TryGetSingleContact(message, out var contact, out _))
        {
            return false;
        }

        RemoteTarget = contact.Uri;
        return true;
    }

    private static bool TryGetMethod(SipMessage message, out SipMethod method)
    {
        method = null!;
        if (!message.Headers.TryGetFirst(HeaderKind.CSeq, out var header)
            || !Parsing.CSeqParser.TryParse(header.RawValue.Span, out var cseq, out _))
        {
            return false;
        }

        method = cseq.Method;
        return true;
    }
}
