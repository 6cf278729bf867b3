using System.Net;
using Voice.Silo.Options;

namespace Voice.Silo.Tests.Options;

public sealed class SiloOptionsParserTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("voice-silo-options-").FullName;
    private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal);

    public SiloOptionsParserTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "deploy"));
        File.WriteAllText(Path.Combine(_root, SiloOptions.DefaultTenantFile), "tenantId: t\n");
        File.WriteAllText(Path.Combine(_root, "other.yaml"), "tenantId: o\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Parse_NoArgumentsNoVariables_EmbeddedDefaults()
    {
        var options = ParseOk();

        Assert.Equal(SiloMode.Embedded, options.Mode);
        Assert.Null(options.Redis);
        Assert.Equal(8080, options.HttpPort);
        Assert.Equal(5060, options.SipPort);
        Assert.Equal(11111, options.InternalPort);
        Assert.Equal("node-a-11111", options.NodeId);
        Assert.Equal(IPAddress.Any, options.ListenAddress);
        Assert.Equal(Path.Combine(_root, SiloOptions.DefaultTenantFile), options.TenantFile);
    }

    [Fact]
    public void Parse_DigestAlgorithms_DefaultStrongestFirstOrAsGivenWithoutRepeats()
    {
        Assert.Equal([Voice.Sip.Auth.DigestAlgorithm.Sha256, Voice.Sip.Auth.DigestAlgorithm.Md5], ParseOk().DigestAlgorithms);

        _variables["VOICE_DIGEST_ALGORITHMS"] = "SHA-256";
        var fromCommandLine = ParseOk("--digest-algorithms", "md5, MD5-sess ,MD5");

        Assert.Equal([Voice.Sip.Auth.DigestAlgorithm.Md5, Voice.Sip.Auth.DigestAlgorithm.Md5Sess], fromCommandLine.DigestAlgorithms);
    }

    [Fact]
    public void Parse_DefaultTenantFileFromSubdirectory_FoundInParent()
    {
        var sub = Directory.CreateDirectory(Path.Combine(_root, "src", "Silo")).FullName;

        var result = SiloOptionsParser.Parse([], new SiloEnvironment(Variable, sub, "Node-A"));

        Assert.Equal(Path.Combine(_root, SiloOptions.DefaultTenantFile), result.Options!.TenantFile);
    }

    [Fact]
    public void Parse_EnvironmentVariables_Applied()
    {
        _variables["VOICE_REDIS"] = "redis.local:6380";
        _variables["VOICE_SIP_PORT"] = "5080";
        _variables["VOICE_HTTP_PORT"] = "9090";
        _variables["VOICE_INTERNAL_PORT"] = "12000";
        _variables["VOICE_TENANT_FILE"] = "other.yaml";
        _variables["VOICE_NODE_ID"] = "env-node";

        var options = ParseOk();

        Assert.Equal(SiloMode.Cluster, options.Mode);
        Assert.Equal("redis.local:6380", options.Redis);
        Assert.Equal((5080, 9090, 12000), (options.SipPort, options.HttpPort, options.InternalPort));
        Assert.Equal(Path.Combine(_root, "other.yaml"), options.TenantFile);
        Assert.Equal("env-node", options.NodeId);
        Assert.Equal("http://node-a:12000/", options.InternalAddress);
    }

    [Fact]
    public void Parse_CommandLineAndVariable_CommandLineWins()
    {
        _variables["VOICE_HTTP_PORT"] = "9090";
        _variables["VOICE_NODE_ID"] = "env-node";

        var options = ParseOk("--http-port", "7070", "--node-id=cli-node");

        Assert.Equal(7070, options.HttpPort);
        Assert.Equal("cli-node", options.NodeId);
    }

    [Fact]
    public void Parse_ClusterModeWithoutNodeId_NodeIdIsHostNameAndInternalPort()
    {
        var options = ParseOk("--redis", "127.0.0.1:6379", "--internal-port", "11200", "--listen-address", "127.0.0.1");

        Assert.Equal("node-a-11200", options.NodeId);
        Assert.Equal("http://127.0.0.1:11200/", options.InternalAddress);
    }

    [Theory]
    [InlineData(new[] { "--http-port", "70000" }, "--http-port: '70000' is not a port number (1-65535)")]
    [InlineData(new[] { "--sip-port", "abc" }, "--sip-port: 'abc' is not a port number (1-65535)")]
    [InlineData(new[] { "--redis", "no-port" }, "--redis: 'no-port' is not HOST:PORT")]
    [InlineData(new[] { "--node-id", "has space" }, "--node-id: 'has space' is not a node id")]
    [InlineData(new[] { "--listen-address", "nowhere" }, "--listen-address: 'nowhere' is not an IP address")]
    [InlineData(new[] { "--tenant-file", "missing.yaml" }, "--tenant-file: 'missing.yaml' does not exist")]
    [InlineData(new[] { "--bogus", "1" }, "--bogus: unknown option")]
    [InlineData(new[] { "--digest-algorithms", "MD5,SHA-1" }, "--digest-algorithms: 'SHA-1' is not a digest algorithm (MD5, MD5-sess, SHA-256, SHA-256-sess)")]
    [InlineData(new[] { "--digest-algorithms", " , " }, "--digest-algorithms: at least one digest algorithm is needed")]
    [InlineData(new[] { "--http-port" }, "--http-port: missing value PORT")]
    [InlineData(new[] { "--http-port", "1", "--http-port", "2" }, "--http-port: given more than once")]
    [InlineData(new[] { "--redis", "r:1", "--http-port", "9000", "--internal-port", "9000" }, "--internal-port: 9000 is also the HTTP port")]
    public void Parse_BadCommandLine_ErrorNamesTheOption(string[] args, string expected)
    {
        var result = SiloOptionsParser.Parse(args, Environment());

        Assert.False(result.Success);
        Assert.StartsWith(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadVariable_ErrorNamesTheVariable()
    {
        _variables["VOICE_HTTP_PORT"] = "0";

        var result = SiloOptionsParser.Parse([], Environment());

        Assert.Equal("VOICE_HTTP_PORT: '0' is not a port number (1-65535)", result.Error);
    }

    [Fact]
    public void Parse_BadVariableOverriddenOnCommandLine_StillAnError()
    {
        // A broken environment is reported even when the command line would override it: it is a real misconfiguration.
        _variables["VOICE_SIP_PORT"] = "x";

        var result = SiloOptionsParser.Parse(["--sip-port", "5070"], Environment());

        Assert.StartsWith("VOICE_SIP_PORT:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Help_RequestsUsageMentioningEveryVariable()
    {
        var result = SiloOptionsParser.Parse(["--help"], Environment());

        Assert.True(result.HelpRequested);
        var usage = SiloOptionsParser.Usage();
        foreach (var variable in new[] { "VOICE_REDIS", "VOICE_SIP_PORT", "VOICE_HTTP_PORT", "VOICE_TENANT_FILE", "VOICE_NODE_ID", "VOICE_INTERNAL_PORT" })
        {
            Assert.Contains(variable, usage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Parse_TokenKey_FromVariableOrCommandLine_TooShortRefused_NeverPrinted()
    {
        Assert.Null(ParseOk().TokenKey);
        _variables["VOICE_TOKEN_KEY"] = "a-cluster-wide-token-key-of-32-chars!";
        var options = ParseOk();

        Assert.Equal("a-cluster-wide-token-key-of-32-chars!", options.TokenKey);
        Assert.DoesNotContain("a-cluster-wide", options.ToString(), StringComparison.Ordinal);
        Assert.Contains("TokenKey = set", options.ToString(), StringComparison.Ordinal);
        var tooShort = SiloOptionsParser.Parse(["--token-key", "short"], Environment());
        Assert.StartsWith("--token-key: the key must be at least 32 characters", tooShort.Error, StringComparison.Ordinal);
    }

    private SiloEnvironment Environment() => new(Variable, _root, "Node-A");

    private string? Variable(string name) => _variables.GetValueOrDefault(name);

    private SiloOptions ParseOk(params string[] args)
    {
        var result = SiloOptionsParser.Parse(args, Environment());
        Assert.True(result.Success, result.Error);
        return result.Options!;
    }
}
