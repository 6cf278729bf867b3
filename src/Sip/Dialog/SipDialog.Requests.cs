using System.Globalization;
using System.Security.Cryptography;
using Voice.Sip.Headers;
using Voice.Sip.Message;

namespace Voice.Sip.Dialog;

public sealed partial class SipDialog
{
    /// <summary>RFC 3261 §8.1.1.6: Max-Forwards SHOULD start at 70.</summary>
    public const int InitialMaxForwards = 70;

    /// <summary>
    /// Builds a new in-dialog request (RFC 3261 §12.2.1.1) with CSeq = local sequence + 1. Via is left to the
    /// transaction layer. Use <see cref="CreateAck"/> for ACK and <see cref="CreateCancel"/> for CANCEL, which
    /// reuse the INVITE's CSeq number instead.
    /// </summary>
    public SipRequest CreateRequest(SipMethod method)
    {
        if (method == SipMethod.Ack || method == SipMethod.Cancel)
        {
            throw new ArgumentException("ACK and CANCEL reuse the INVITE's CSeq; use CreateAck or CreateCancel.", nameof(method));
        }

        EnsureUsable();

        // RFC 3261 §12.2.1.1: an empty local sequence (UAS side) starts at a value chosen per §8.1.1.5; the small
        // random range leaves room to count up without reaching 2**31.
        var cseq = (LocalSequence ?? RandomNumberGenerator.GetInt32(1, 1 << 16)) + 1;
        LocalSequence = cseq;
        return Build(method, cseq);
    }

    /// <summary>RFC 3261 §13.2.2.4: the ACK for a 2xx is an in-dialog request whose CSeq number is the INVITE's.</summary>
    public SipRequest CreateAck(long inviteSequence)
    {
        EnsureUsable();
        return Build(SipMethod.Ack, inviteSequence);
    }

    /// <summary>
    /// RFC 3261 §9.1: CANCEL copies Request-URI, Call-ID, To, From, the top Via (same branch) and Route of the
    /// request it cancels, with the same CSeq number and method CANCEL. It belongs to no dialog, so it is built from
    /// the INVITE itself.
    /// </summary>
    public static SipRequest CreateCancel(SipRequest invite)
    {
        var cancel = new SipRequest(SipMethod.Cancel, invite.RequestUri.Clone());
        if (invite.Headers.Contains(HeaderKind.Via))
        {
            cancel.Headers.Add(HeaderKind.Via, invite.Vias[0].ToString());
        }

        cancel.Headers.Add(HeaderKind.MaxForwards, InitialMaxForwards.ToString(CultureInfo.InvariantCulture));
        foreach (var route in invite.Headers.OfKind(HeaderKind.Route))
        {
            cancel.Headers.Add(HeaderKind.Route, route.Value);
        }

        cancel.Headers.Add(HeaderKind.To, invite.Headers.GetFirstValue(HeaderKind.To)!);
        cancel.Headers.Add(HeaderKind.From, invite.Headers.GetFirstValue(HeaderKind.From)!);
        cancel.Headers.Add(HeaderKind.CallId, invite.CallId);
        cancel.Headers.Add(HeaderKind.CSeq, new CSeqHeader(invite.CSeq.Number, SipMethod.Cancel).ToString());
        cancel.Headers.Add(HeaderKind.ContentLength, "0");
        return cancel;
    }

    private SipRequest Build(SipMethod method, long cseq)
    {
        var (requestUri, routes) = ComputeRouting();
        var request = new SipRequest(method, requestUri);
        request.Headers.Add(HeaderKind.MaxForwards, InitialMaxForwards.ToString(CultureInfo.InvariantCulture));
        foreach (var route in routes)
        {
            request.Headers.Add(HeaderKind.Route, route.ToString());
        }

        request.Headers.Add(HeaderKind.To, Tagged(RemoteUri, Id.RemoteTag).ToString());
        request.Headers.Add(HeaderKind.From, Tagged(LocalUri, Id.LocalTag).ToString());
        request.Headers.Add(HeaderKind.CallId, Id.CallId);
        request.Headers.Add(HeaderKind.CSeq, new CSeqHeader(cseq, method).ToString());

        // RFC 3261 §8.1.1.8 / Table 3: Contact is for target refreshes (and allowed on ACK); BYE and CANCEL carry none.
        if (LocalContact is not null && method != SipMethod.Bye)
        {
            request.Headers.Add(HeaderKind.Contact, LocalContact.ToString());
        }

        request.Headers.Add(HeaderKind.ContentLength, "0");
        return request;
    }

    /// <summary>
    /// RFC 3261 §12.2.1.1: with an empty route set the Request-URI is the remote target. If the first route has
    /// lr (loose routing) the Request-URI is still the remote target and Route is the route set. Otherwise (strict
    /// routing) the first route becomes the Request-URI and the remote target is appended as the last Route.
    /// </summary>
    private (SipUri RequestUri, List<NameAddress> Routes) ComputeRouting()
    {
        if (_routeSet.Count == 0)
        {
            return (RemoteTarget.Clone(), []);
        }

        var routes = _routeSet.ConvertAll(r => r.Clone());
        if (_routeSet[0].Uri.Parameters.Contains("lr"))
        {
            return (RemoteTarget.Clone(), routes);
        }

        var requestUri = routes[0].Uri.Clone();

        // §12.2.1.1 strips parameters a Request-URI may not carry: §19.1.1 Table 1 forbids method and headers there.
        requestUri.Parameters.Remove("method");
        requestUri.Headers = null;
        routes.RemoveAt(0);
        routes.Add(new NameAddress(RemoteTarget.Clone()));
        return (requestUri, routes);
    }

    private static NameAddress Tagged(NameAddress address, string tag)
    {
        var copy = address.Clone();
        copy.Tag = tag.Length == 0 ? null : tag;
        return copy;
    }

    private void EnsureUsable()
    {
        if (State == DialogState.Terminated)
        {
            throw new InvalidOperationException($"Dialog {Id} is terminated; no further requests may be sent in it.");
        }
    }
}
