using System.Text;
using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Cli;

/// <summary>
/// <c>voicectl sip parse FILE</c>: parses the file's bytes as one datagram with validation on. Success writes
/// the canonical serialization (exit 0); a parse error writes <c>error: &lt;SipError&gt; -&gt; &lt;status&gt; &lt;reason&gt;</c>
/// (status 0 shown as <c>drop</c>) to standard output (exit 2); an unreadable file is reported on stderr (exit 1).
/// </summary>
internal static class SipParseCommand
{
    public const int Ok = 0;
    public const int Unreadable = 1;
    public const int ParseFailed = 2;

    public static int Run(string path, Stream output, TextWriter error)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"voicectl: cannot read '{path}': {e.Message}");
            return Unreadable;
        }

        var result = SipMessageParser.Parse(bytes);
        if (result.Success)
        {
            output.Write(result.Message!.ToBytes());
            output.Flush();
            return Ok;
        }

        output.Write(Encoding.UTF8.GetBytes(FormatError(result.Error) + "\n"));
        output.Flush();
        return ParseFailed;
    }

    /// <summary>The one-line report for a parse error, straight from <see cref="SipErrorTable"/>.</summary>
    public static string FormatError(SipError sipError)
    {
        var (status, reason) = SipErrorTable.Lookup(sipError);
        var shown = status == 0 ? "drop" : status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"error: {sipError} -> {shown} {reason}";
    }
}
