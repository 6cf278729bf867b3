using Voice.Silo.Hosting;
using Voice.Silo.Options;

namespace Voice.Silo.Tests.Options;

/// <summary>Failures that end the program before any host starts: exit code 2 and one message naming the culprit.</summary>
public sealed class SiloProgramTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("voice-silo-program-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task RunAsync_BadPort_ExitsTwoNamingTheOption()
    {
        var (code, stdout, stderr) = await RunAsync("--http-port", "99999");

        Assert.Equal(SiloExitCodes.InvalidInput, code);
        Assert.Equal("voice-silo: --http-port: '99999' is not a port number (1-65535)", stderr.Trim());
        Assert.Empty(stdout);
    }

    [Fact]
    public async Task RunAsync_InvalidTenantYaml_ExitsTwoNamingFileAndLine()
    {
        var file = Path.Combine(_root, "bad.yaml");
        await File.WriteAllTextAsync(file, TestTenants.Yaml("bad").Replace("number: \"2001\"", "number: \"2001\"\n    colour: blue", StringComparison.Ordinal));

        var (code, _, stderr) = await RunAsync("--tenant-file", file);

        Assert.Equal(SiloExitCodes.InvalidInput, code);
        Assert.Contains($"{file}:line {TestTenants.LineOf(TestTenants.Yaml("bad"), "number: \"2001\"") + 1}, column 5: dns[0].colour: unknown key 'colour'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Help_PrintsUsageAndExitsZero()
    {
        var (code, stdout, _) = await RunAsync("--help");

        Assert.Equal(SiloExitCodes.Ok, code);
        Assert.Contains("--tenant-file PATH", stdout, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await SiloProgram.RunAsync(args, new SiloEnvironment(_ => null, _root, "test-host"), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
