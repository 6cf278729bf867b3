using System.Net;

namespace Voice.Silo.Options;

public static partial class SiloOptionsParser
{
    /// <summary>Fills defaults, derives the node id and advertised host, and checks the options against each other.</summary>
    private static SiloOptionsParseResult Complete(SiloOptionsBuilder builder, SiloEnvironment environment)
    {
        var httpPort = builder.HttpPort ?? SiloOptions.DefaultHttpPort;
        var internalPort = builder.InternalPort ?? SiloOptions.DefaultInternalPort;
        if (builder.Redis is not null && httpPort == internalPort)
        {
            return SiloOptionsParseResult.Fail($"--internal-port: {internalPort} is also the HTTP port; the node-to-node listener needs its own port");
        }

        var tenantFile = ResolveTenantFile(builder.TenantFile, environment.CurrentDirectory);
        if (tenantFile is null)
        {
            var shown = builder.TenantFile ?? SiloOptions.DefaultTenantFile;
            return SiloOptionsParseResult.Fail($"--tenant-file: '{shown}' does not exist (relative paths start at {environment.CurrentDirectory})");
        }

        var listen = builder.ListenAddress ?? IPAddress.Any;
        var hostName = environment.HostName.ToLowerInvariant();
        var advertise = builder.AdvertiseHost
            ?? (listen.Equals(IPAddress.Any) || listen.Equals(IPAddress.IPv6Any) ? hostName : listen.ToString());
        return new SiloOptionsParseResult(
            new SiloOptions
            {
                Redis = builder.Redis,
                SipPort = builder.SipPort ?? SiloOptions.DefaultSipPort,
                HttpPort = httpPort,
                InternalPort = internalPort,
                TenantFile = tenantFile,
                NodeId = builder.NodeId ?? $"{hostName}-{internalPort}",
                ListenAddress = listen,
                AdvertiseHost = advertise,
                DrainDelay = builder.DrainDelay ?? TimeSpan.Zero,
                NoAnswerTimeout = builder.NoAnswerTimeout ?? SiloOptions.DefaultNoAnswerTimeout,
                DigestAlgorithms = builder.DigestAlgorithms ?? SiloOptions.DefaultDigestAlgorithms,
                TokenKey = builder.TokenKey,
                MediaAddress = builder.MediaAddress ?? DefaultMediaAddress(advertise, listen),
                MediaPorts = builder.MediaPorts ?? SiloOptions.DefaultMediaPorts,
            },
            null);
    }

    /// <summary>Media must name an IP phones can reach: the advertised one, else the listen one, else loopback.</summary>
    private static IPAddress DefaultMediaAddress(string advertise, IPAddress listen) =>
        IPAddress.TryParse(advertise, out var advertised) ? advertised
        : !listen.Equals(IPAddress.Any) && !listen.Equals(IPAddress.IPv6Any) ? listen
        : IPAddress.Loopback;

    /// <summary>
    /// A given path is taken relative to the working directory. The default one is also looked for in the parent
    /// directories, so <c>dotnet run --project src/Silo</c> finds deploy/demo-tenant.yaml from anywhere in the repository.
    /// </summary>
    private static string? ResolveTenantFile(string? given, string currentDirectory)
    {
        if (given is not null)
        {
            var full = Path.GetFullPath(given, currentDirectory);
            return File.Exists(full) ? full : null;
        }

        for (var dir = new DirectoryInfo(currentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, SiloOptions.DefaultTenantFile);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The usage text printed for --help.</summary>
    public static string Usage()
    {
        var lines = new List<string> { "Usage: Voice.Silo [options]   (dotnet run --project src/Silo -- [options])", "", "Options (environment variable in brackets; the command line wins):" };
        lines.AddRange(All.Select(o => $"  {o.Name} {o.ValueName,-9} {o.Description} [{o.EnvironmentVariable}]"));
        lines.Add("  --help           this text");
        return string.Join(Environment.NewLine, lines);
    }
}
