using System.Text;

namespace Voice.Cli.Tests.Tenants;

/// <summary>What voicectl tenant apply decides before talking to any node (the process tests in Voice.Silo.Tests cover the rest).</summary>
public sealed class TenantApplyCommandTests : IDisposable
{
    private const string Tenant = """
        tenantId: cli
        sipDomain: cli.local
        dns:
          - number: "3001"
            type: extension
            password: pw-3001
        dialPlan:
          - pattern: 3XXX
            scope: internal

        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("voicectl-tenant-tests-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void TenantApply_UnknownKey_PrintsFileLineAndExitsTwo()
    {
        var path = Write("bad.yaml", Tenant.Replace("    type: extension", "    type: extension\n    colour: red", StringComparison.Ordinal));

        var (code, stdout, _) = Invoke("tenant", "apply", "-f", path, "--node", "http://127.0.0.1:1");

        Assert.Equal(2, code);
        Assert.Equal($"{path}:line 6, column 5: dns[0].colour: unknown key 'colour' (expected one of: number, type, password, defaultTarget, queueId, selection, ringTimeoutSec, notReadyOnNoAnswer, strategy)\n", stdout);
    }

    [Fact]
    public void TenantApply_ValidationError_PrintsPathAndLineAndExitsTwo()
    {
        var path = Write("invalid.yaml", Tenant.Replace("pattern: 3XXX", "pattern: 3X(X", StringComparison.Ordinal));

        var (code, stdout, _) = Invoke("tenant", "apply", "-f", path);

        Assert.Equal(2, code);
        Assert.StartsWith($"{path}:line 8, column 14: dialPlan[0].pattern: ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void TenantApply_NodeUnreachable_ReportsOnStderrAndExitsOne()
    {
        var (code, stdout, stderr) = Invoke("tenant", "apply", "-f", Write("ok.yaml", Tenant), "--node", "http://127.0.0.1:1");

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Contains("cannot apply through http://127.0.0.1:1/admin/tenants/cli", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void TenantApply_BothRedisAndNode_RefusedBeforeReadingTheFile()
    {
        var (code, _, stderr) = Invoke("tenant", "apply", "-f", "absent.yaml", "--redis", "127.0.0.1:1", "--node", "http://127.0.0.1:1");

        Assert.NotEqual(0, code);
        Assert.Contains("--redis and --node exclude each other", stderr, StringComparison.Ordinal);
    }

    private (int Code, string Stdout, string Stderr) Invoke(params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var root = VoiceCtlCommands.Build(stdout, stderr);
        var code = root.Parse(args).Invoke(new System.CommandLine.InvocationConfiguration { Error = stderr, Output = stderr });
        return (code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
