namespace Voice.Sip.Dialog;

/// <summary>What <see cref="SipDialog.ProcessRequest"/> decided about a request received inside the dialog.</summary>
public enum DialogRequestOutcome
{
    /// <summary>In order; the remote sequence number was updated.</summary>
    Accepted,

    /// <summary>In order, and a target refresh (re-INVITE, UPDATE…) replaced the remote target.</summary>
    TargetRefreshed,

    /// <summary>A BYE: the dialog is now terminated (RFC 3261 §15.1.2); answer 200.</summary>
    Terminated,

    /// <summary>RFC 3261 §12.2.2: CSeq lower than the remote sequence number; reject with 500.</summary>
    OutOfOrder,

    /// <summary>The request does not match this dialog or the dialog is over; reject with 481 (RFC 3261 §12.2.2).</summary>
    NoSuchDialog,
}
