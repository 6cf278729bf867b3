using Voice.Sip.Headers;
using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Transaction;

/// <summary>Makes sure a request about to create a client transaction carries an RFC 3261 branch.</summary>
internal static class SipViaBranch
{
    /// <summary>
    /// RFC 3261 §8.1.1.7: the top Via must carry a branch starting with the magic cookie; one is generated when
    /// the TU left it out. The request must already have its top Via (the TU knows the sent-by).
    /// </summary>
    public static void EnsureBranch(SipRequest request)
    {
        if (!request.TryGetVias(out var vias, out _) || vias.Count == 0)
        {
            throw new ArgumentException("A request needs a top Via before it can start a client transaction.", nameof(request));
        }

        if (vias[0].HasCompliantBranch)
        {
            return;
        }

        // The first Via field may hold several via-parms; rewrite that field with the new top value first.
        var index = request.Headers.IndexOf(HeaderKind.Via);
        var inField = new List<ViaHeader>();
        ViaParser.TryParseList(request.Headers[index].RawValue.Span, inField, out _);
        inField[0].Branch = SipBranch.NewBranch();
        request.Headers.RemoveAt(index);
        request.Headers.Insert(index, SipHeader.Create(HeaderKind.Via, string.Join(", ", inField)));
    }
}
