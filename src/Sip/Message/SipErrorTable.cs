namespace Voice.Sip.Message;

/// <summary>
/// The one table from <see cref="SipError"/> to the response it earns (status 0 = drop and count).
/// Reasons say precisely what was wrong, so the sender can fix its message from the reply alone.
/// </summary>
public static class SipErrorTable
{
    private static readonly (int Status, string Reason)[] Table = Build();

    public static int StatusOf(SipError error) => Table[(int)error].Status;

    public static string ReasonOf(SipError error) => Table[(int)error].Reason;

    public static (int Status, string Reason) Lookup(SipError error) => Table[(int)error];

    /// <summary>True when the error can be answered (a response can be formed for a request carrying it).</summary>
    public static bool IsAnswerable(SipError error) => Table[(int)error].Status != 0;

    private static (int, string)[] Build()
    {
        var table = new (int, string)[Enum.GetValues<SipError>().Length];
        void Set(SipError e, int status, string reason) => table[(int)e] = (status, reason);

        Set(SipError.None, 200, "OK");
        Set(SipError.EmptyMessage, 0, "Empty message");
        Set(SipError.MessageTooLarge, 513, "Message Too Large");
        Set(SipError.TooManyHeaders, 513, "Message Too Large - Too Many Headers");
        Set(SipError.HeaderLineTooLong, 513, "Message Too Large - Header Line Too Long");
        Set(SipError.MalformedStartLine, 400, "Bad Request - Malformed Request-Line");
        Set(SipError.MalformedStatusLine, 0, "Malformed Status-Line");
        Set(SipError.InvalidMethod, 400, "Bad Request - Invalid Method");
        Set(SipError.MalformedRequestUri, 400, "Bad Request - Malformed Request-URI");
        Set(SipError.UnsupportedUriScheme, 416, "Unsupported URI Scheme");
        Set(SipError.UnsupportedVersion, 505, "Version Not Supported");
        Set(SipError.MalformedHeaderLine, 400, "Bad Request - Malformed Header Line");
        Set(SipError.InvalidHeaderName, 400, "Bad Request - Invalid Header Name");
        Set(SipError.MissingVia, 0, "Missing Via");
        Set(SipError.MalformedVia, 400, "Bad Request - Malformed Via");
        Set(SipError.MissingFrom, 400, "Bad Request - Missing From");
        Set(SipError.MalformedFrom, 400, "Bad Request - Malformed From");
        Set(SipError.MissingTo, 400, "Bad Request - Missing To");
        Set(SipError.MalformedTo, 400, "Bad Request - Malformed To");
        Set(SipError.MissingCallId, 400, "Bad Request - Missing Call-ID");
        Set(SipError.MalformedCallId, 400, "Bad Request - Malformed Call-ID");
        Set(SipError.MissingCSeq, 400, "Bad Request - Missing CSeq");
        Set(SipError.MalformedCSeq, 400, "Bad Request - Malformed CSeq");
        Set(SipError.CSeqMethodMismatch, 400, "Bad Request - CSeq Method Does Not Match Request Method");
        Set(SipError.MalformedMaxForwards, 400, "Bad Request - Malformed Max-Forwards");
        Set(SipError.TooManyHops, 483, "Too Many Hops");
        Set(SipError.MalformedContentLength, 400, "Bad Request - Malformed Content-Length");
        Set(SipError.MissingContentLength, 400, "Bad Request - Missing Content-Length On Stream Transport");
        Set(SipError.BodyShorterThanContentLength, 400, "Bad Request - Body Shorter Than Content-Length");
        Set(SipError.DuplicateHeader, 400, "Bad Request - Conflicting Duplicate Header");
        Set(SipError.MalformedContact, 400, "Bad Request - Malformed Contact");
        Set(SipError.MalformedNameAddress, 400, "Bad Request - Malformed Name-Address");
        Set(SipError.MalformedUri, 400, "Bad Request - Malformed URI");
        Set(SipError.MalformedExpires, 400, "Bad Request - Malformed Expires");
        Set(SipError.MalformedContentType, 400, "Bad Request - Malformed Content-Type");
        Set(SipError.MalformedAuthorization, 400, "Bad Request - Malformed Authorization");
        Set(SipError.MalformedTokenList, 400, "Bad Request - Malformed Option-Tag List");
        Set(SipError.MalformedReason, 400, "Bad Request - Malformed Reason");
        Set(SipError.MalformedReplaces, 400, "Bad Request - Malformed Replaces");
        Set(SipError.MalformedEvent, 400, "Bad Request - Malformed Event");
        Set(SipError.MalformedSubscriptionState, 400, "Bad Request - Malformed Subscription-State");
        Set(SipError.MalformedParameter, 400, "Bad Request - Malformed Parameter");
        Set(SipError.MalformedQuotedString, 400, "Bad Request - Unterminated Quoted String");
        Set(SipError.InvalidEscape, 400, "Bad Request - Invalid Escape Sequence");
        Set(SipError.BadExtension, 420, "Bad Extension");
        Set(SipError.IntervalTooBrief, 423, "Interval Too Brief");
        Set(SipError.MalformedSdp, 400, "Bad Request - Malformed SDP");

        for (var i = 0; i < table.Length; i++)
        {
            if (table[i].Item2 is null)
            {
                throw new InvalidOperationException($"SipError {(SipError)i} has no entry in SipErrorTable.");
            }
        }

        return table;
    }
}
