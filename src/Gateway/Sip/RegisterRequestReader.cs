using System.Globalization;
using Voice.Grains.Contracts.Registrar;
using Voice.Sip.Headers;
using Voice.Sip.Message;

namespace Voice.Gateway.Sip;

/// <summary>Turns a REGISTER's Contact and Expires headers into a Device grain request (RFC 3261 §10.3 step 6).</summary>
internal static class RegisterRequestReader
{
    public static RegisterReading Read(
        SipRequest request, string source, ExpiresBounds bounds, out RegisterRequest? update, out string? problem)
    {
        update = null;
        problem = null;
        if (!request.TryGetInt(HeaderKind.Expires, out var expiresHeader) || expiresHeader < 0)
        {
            problem = "Invalid Expires";
            return RegisterReading.Invalid;
        }

        if (request.IsContactWildcard)
        {
            // RFC 3261 §10.3 step 6: "*" is valid only alone and with Expires: 0; anything else earns a 400.
            var alone = request.Headers.OfKind(HeaderKind.Contact).Count() == 1;
            problem = alone && expiresHeader == 0 ? null : "Contact * needs Expires: 0 and no other Contact";
            return problem is null ? RegisterReading.RemoveAll : RegisterReading.Invalid;
        }

        if (!request.TryGetNameAddressList(HeaderKind.Contact, out var contacts, out _))
        {
            problem = "Malformed Contact";
            return RegisterReading.Invalid;
        }

        if (contacts.Count == 0)
        {
            return RegisterReading.Fetch;
        }

        var read = new List<RegisterContact>(contacts.Count);
        foreach (var contact in contacts)
        {
            if (!TryReadContact(contact, out var value, out problem))
            {
                return RegisterReading.Invalid;
            }

            read.Add(value);
        }

        update = new RegisterRequest(read, expiresHeader, request.CallId, request.CSeq.Number, source, bounds);
        return RegisterReading.Update;
    }

    private static bool TryReadContact(NameAddress contact, out RegisterContact value, out string? problem)
    {
        value = null!;
        problem = null;
        int? expires = null;
        double? q = null;
        if (contact.Parameters.Get("expires") is { } e)
        {
            if (!int.TryParse(e, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                problem = "Invalid Contact expires";
                return false;
            }

            expires = seconds;
        }

        if (contact.Parameters.Get("q") is { } qText)
        {
            // RFC 3261 §25.1: qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ).
            if (!double.TryParse(qText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var qValue) || qValue is < 0 or > 1)
            {
                problem = "Invalid Contact q";
                return false;
            }

            q = qValue;
        }

        value = new RegisterContact(contact.Uri.ToString(), expires, q);
        return true;
    }
}
