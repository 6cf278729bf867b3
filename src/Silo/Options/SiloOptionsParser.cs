namespace Voice.Silo.Options;

/// <summary>
/// Parses the node host's options. Precedence: command line &gt; VOICE_* environment variable &gt; default.
/// Forms: <c>--name value</c> and <c>--name=value</c>; <c>--help</c>/<c>-h</c> asks for the usage text. Every error
/// names the option or variable at fault, e.g. <c>--http-port: 'x' is not a port number (1-65535)</c>.
/// </summary>
public static partial class SiloOptionsParser
{
    internal static IReadOnlyList<SiloOption> All { get; } =
    [
        new("--redis", "VOICE_REDIS", "HOST:PORT", "cluster mode through this Redis server (default: embedded, in memory)", (b, v) => b.SetRedis(v)),
        new("--http-port", "VOICE_HTTP_PORT", "PORT", $"public HTTP port: health, metrics, admin (default {SiloOptions.DefaultHttpPort})", (b, v) => b.SetHttpPort(v)),
        new("--sip-port", "VOICE_SIP_PORT", "PORT", $"SIP port, passed on to the SIP gateway (default {SiloOptions.DefaultSipPort})", (b, v) => b.SetSipPort(v)),
        new("--internal-port", "VOICE_INTERNAL_PORT", "PORT", $"node-to-node h2c port, cluster mode (default {SiloOptions.DefaultInternalPort})", (b, v) => b.SetInternalPort(v)),
        new("--tenant-file", "VOICE_TENANT_FILE", "PATH", $"tenant YAML applied at startup (default {SiloOptions.DefaultTenantFile})", (b, v) => b.SetTenantFile(v)),
        new("--node-id", "VOICE_NODE_ID", "ID", "node id (default: host name + internal port)", (b, v) => b.SetNodeId(v)),
        new("--listen-address", "VOICE_LISTEN_ADDRESS", "IP", "address all listeners bind (default 0.0.0.0)", (b, v) => b.SetListenAddress(v)),
        new("--advertise-host", "VOICE_ADVERTISE_HOST", "HOST", "host other nodes use to reach this one (default: listen address, or host name)", (b, v) => b.SetAdvertiseHost(v)),
        new("--no-answer-timeout", "VOICE_NO_ANSWER_TIMEOUT", "SECONDS", "how long a call rings before the caller gets 480 (default 30)", (b, v) => b.SetNoAnswerTimeout(v)),
        new("--drain-delay", "VOICE_DRAIN_DELAY", "SECONDS", "on SIGTERM, report not-ready this long before handing over (default 0)", (b, v) => b.SetDrainDelay(v)),
        new("--token-key", "VOICE_TOKEN_KEY", "TEXT", "key REST bearer tokens are signed with, 32+ characters, the same on every node (default: random per process)", (b, v) => b.SetTokenKey(v)),
        new("--media-address", "VOICE_MEDIA_ADDRESS", "IP", "address phones send conference media to (default: advertise host or listen address if an IP, else 127.0.0.1)", (b, v) => b.SetMediaAddress(v)),
        new("--media-ports", "VOICE_MEDIA_PORTS", "FIRST-LAST", $"UDP ports of the conference mixer (default {SiloOptions.DefaultMediaPorts.Start}-{SiloOptions.DefaultMediaPorts.End})", (b, v) => b.SetMediaPorts(v)),
        new("--digest-algorithms", "VOICE_DIGEST_ALGORITHMS", "LIST", "digest algorithms the registrar offers, most preferred first (default SHA-256,MD5; MD5 alone for SIPp 3.6)", (b, v) => b.SetDigestAlgorithms(v)),
    ];

    public static SiloOptionsParseResult Parse(IReadOnlyList<string> args, SiloEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var builder = new SiloOptionsBuilder();
        foreach (var option in All)
        {
            if (environment.GetVariable(option.EnvironmentVariable) is { } value && option.Apply(builder, value) is { } error)
            {
                return SiloOptionsParseResult.Fail($"{option.EnvironmentVariable}: {error}");
            }
        }

        var commandLine = ParseCommandLine(args, builder);
        return commandLine ?? Complete(builder, environment);
    }

    private static SiloOptionsParseResult? ParseCommandLine(IReadOnlyList<string> args, SiloOptionsBuilder builder)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h")
            {
                return new SiloOptionsParseResult(null, null, HelpRequested: true);
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? arg[..equals] : arg;
            var option = All.FirstOrDefault(o => o.Name == name);
            if (option is null)
            {
                return SiloOptionsParseResult.Fail($"{name}: unknown option (see --help)");
            }

            if (!seen.Add(name))
            {
                return SiloOptionsParseResult.Fail($"{name}: given more than once");
            }

            string value;
            if (equals > 0)
            {
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }
            else
            {
                return SiloOptionsParseResult.Fail($"{name}: missing value {option.ValueName}");
            }

            if (option.Apply(builder, value) is { } error)
            {
                return SiloOptionsParseResult.Fail($"{name}: {error}");
            }
        }

        return null;
    }
}
