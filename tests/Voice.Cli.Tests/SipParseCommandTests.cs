using System.Text;

namespace Voice.Cli.Tests;

public sealed class SipParseCommandTests : IDisposable
{
    private const string Options =
        "OPTIONS sip:cc.example.net SIP/2.0\r\n" +
        "v: SIP/2.0/UDP client.example.com;branch=z9hG4bKcli1\r\n" +
        "Max-Forwards: 70\r\n" +
        "f: <sip:caller@example.com>;tag=1\r\n" +
        "t: <sip:cc.example.net>\r\n" +
        "i: cli1@client.example.com\r\n" +
        "CSeq: 1 OPTIONS\r\n" +
        "l: 0\r\n\r\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("voicectl-tests-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Run_ValidMessage_WritesCanonicalFormAndExitsZero()
    {
        var (code, stdout, stderr) = Run(Write("ok.sip", Options));

        Assert.Equal(0, code);
        Assert.StartsWith("OPTIONS sip:cc.example.net SIP/2.0\r\nVia: SIP/2.0/UDP client.example.com;branch=z9hG4bKcli1\r\n", stdout, StringComparison.Ordinal);
        Assert.Contains("\r\nCall-ID: cli1@client.example.com\r\n", stdout, StringComparison.Ordinal);
        Assert.EndsWith("Content-Length: 0\r\n\r\n", stdout, StringComparison.Ordinal);
        Assert.Empty(stderr);
    }

    [Fact]
    public void Run_BadVersion_PrintsErrorLineAndExitsTwo()
    {
        var (code, stdout, stderr) = Run(Write("bad.sip", Options.Replace("SIP/2.0\r\nv:", "SIP/3.0\r\nv:", StringComparison.Ordinal)));

        Assert.Equal(2, code);
        Assert.Equal("error: UnsupportedVersion -> 505 Version Not Supported\n", stdout);
        Assert.Empty(stderr);
    }

    [Fact]
    public void Run_MissingVia_ShowsDropForStatusZero()
    {
        var (code, stdout, _) = Run(Write("novia.sip", Options.Replace("v: SIP/2.0/UDP client.example.com;branch=z9hG4bKcli1\r\n", string.Empty, StringComparison.Ordinal)));

        Assert.Equal(2, code);
        Assert.Equal("error: MissingVia -> drop Missing Via\n", stdout);
    }

    [Fact]
    public void Run_MissingFile_ReportsOnStderrAndExitsOne()
    {
        var (code, stdout, stderr) = Run(Path.Combine(_directory, "absent.sip"));

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Contains("absent.sip", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void CommandTree_SipParseArguments_InvokeTheParseCommand()
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var path = Write("tree.sip", Options.Replace("CSeq: 1 OPTIONS", "CSeq: 1 INVITE", StringComparison.Ordinal));

        var code = VoiceCtlCommands.Build(stdout, stderr).Parse(["sip", "parse", path]).Invoke();

        Assert.Equal(2, code);
        Assert.Equal("error: CSeqMethodMismatch -> 400 Bad Request - CSeq Method Does Not Match Request Method\n", Encoding.UTF8.GetString(stdout.ToArray()));
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(content));
        return path;
    }

    private static (int Code, string Stdout, string Stderr) Run(string path)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var code = SipParseCommand.Run(path, stdout, stderr);
        return (code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }
}
