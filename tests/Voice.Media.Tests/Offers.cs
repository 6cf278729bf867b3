namespace Voice.Media.Tests;

/// <summary>SDP offers as phones and gateways write them, CRLF-terminated.</summary>
internal static class Offers
{
    /// <summary>An audio offer on 127.0.0.1 listing <paramref name="formats"/> with their rtpmaps.</summary>
    public static string Audio(int port, string formats = "0 8 101", string direction = "sendrecv", string address = "127.0.0.1",
        string protocol = "RTP/AVP", string extraMedia = "")
    {
        var lines = new List<string>
        {
            "v=0",
            "o=phone 4711 1 IN IP4 " + address,
            "s=-",
            "c=IN IP4 " + address,
            "t=0 0",
            $"m=audio {port} {protocol} {formats}",
        };
        foreach (var format in formats.Split(' '))
        {
            lines.Add(format switch
            {
                "0" => "a=rtpmap:0 PCMU/8000",
                "8" => "a=rtpmap:8 PCMA/8000",
                "18" => "a=rtpmap:18 G729/8000",
                "96" => "a=rtpmap:96 opus/48000/2",
                "101" => "a=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-16",
                _ => throw new ArgumentException($"no rtpmap for {format}", nameof(formats)),
            });
        }

        lines.Add("a=ptime:20");
        lines.Add("a=" + direction);
        var text = string.Join("\r\n", lines) + "\r\n";
        return text + extraMedia;
    }
}
