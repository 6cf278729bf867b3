using Voice.Sip.Headers;

namespace Voice.Sip.Dialog;

/// <summary>
/// The dialog state of RFC 3261 §12: id, local and remote sequence numbers, local and remote URIs, remote target,
/// route set and secure flag. Not thread-safe: one owner (a call's actor) processes its messages in order.
/// </summary>
public sealed partial class SipDialog
{
    private readonly List<NameAddress> _routeSet;

    private SipDialog(
        DialogId id, bool isUas, DialogState state, NameAddress localUri, NameAddress remoteUri, SipUri remoteTarget,
        List<NameAddress> routeSet, bool isSecure)
    {
        Id = id;
        IsUas = isUas;
        State = state;
        LocalUri = localUri;
        RemoteUri = remoteUri;
        RemoteTarget = remoteTarget;
        _routeSet = routeSet;
        IsSecure = isSecure;
    }

    public DialogId Id { get; }

    /// <summary>True when this side created the dialog by answering the request (RFC 3261 §12.1.1).</summary>
    public bool IsUas { get; }

    public DialogState State { get; private set; }

    /// <summary>Our address-of-record (the From of requests we send), without tag.</summary>
    public NameAddress LocalUri { get; }

    /// <summary>The peer's address-of-record (the To of requests we send), without tag.</summary>
    public NameAddress RemoteUri { get; }

    /// <summary>Where in-dialog requests go: the peer's Contact, replaced by target refreshes (RFC 3261 §12.2).</summary>
    public SipUri RemoteTarget { get; private set; }

    /// <summary>The route set, in the order in-dialog requests must visit it.</summary>
    public IReadOnlyList<NameAddress> RouteSet => _routeSet;

    /// <summary>RFC 3261 §12.1.1: set when the dialog was created over TLS with a SIPS Request-URI.</summary>
    public bool IsSecure { get; }

    /// <summary>CSeq of the last request we sent; null until we send one (a UAS starts empty, RFC 3261 §12.1.1).</summary>
    public long? LocalSequence { get; private set; }

    /// <summary>Highest CSeq received from the peer; null until it sends one (a UAC starts empty, RFC 3261 §12.1.2).</summary>
    public long? RemoteSequence { get; private set; }

    /// <summary>The Contact we advertise in target refresh requests.</summary>
    public NameAddress? LocalContact { get; set; }

    /// <summary>Ends the dialog (BYE sent, session abandoned); later requests for it earn 481.</summary>
    public void Terminate() => State = DialogState.Terminated;

    public override string ToString() => $"Dialog {Id} {State}";

    private static NameAddress WithoutTag(NameAddress address)
    {
        var copy = address.Clone();
        copy.Tag = null;
        return copy;
    }
}
