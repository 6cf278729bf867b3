using System.Globalization;

namespace Voice.Sip.Tests.Support;

/// <summary>Builds request and response text for transport tests.</summary>
internal static class SipTestRequests
{
    public const string DefaultVia = "SIP/2.0/UDP client.example.com:5070;branch=z9hG4bK-test-1;rport";

    public static string Options(string via = DefaultVia, string callId = "call-1@example.com", string? extraHeaders = null, string body = "", bool contentLength = true)
    {
        var lengthLine = contentLength ? $"Content-Length: {body.Length.ToString(CultureInfo.InvariantCulture)}\r\n" : string.Empty;
        return "OPTIONS sip:server@example.com SIP/2.0\r\n" +
            $"Via: {via}\r\n" +
            "Max-Forwards: 70\r\n" +
            "To: <sip:server@example.com>\r\n" +
            "From: <sip:client@example.com>;tag=abc\r\n" +
            $"Call-ID: {callId}\r\n" +
            "CSeq: 1 OPTIONS\r\n" +
            (extraHeaders ?? string.Empty) +
            lengthLine +
            "\r\n" +
            body;
    }

    public static string Ok(string via, string callId = "call-1@example.com") =>
        "SIP/2.0 200 OK\r\n" +
        $"Via: {via}\r\n" +
        "To: <sip:server@example.com>;tag=xyz\r\n" +
        "From: <sip:client@example.com>;tag=abc\r\n" +
        $"Call-ID: {callId}\r\n" +
        "CSeq: 1 OPTIONS\r\n" +
        "Content-Length: 0\r\n" +
        "\r\n";
}
