namespace Voice.Silo.Options;

/// <summary>What option parsing reads besides the arguments; injected so tests need not touch the real process.</summary>
public sealed record SiloEnvironment(Func<string, string?> GetVariable, string CurrentDirectory, string HostName)
{
    public static SiloEnvironment FromProcess() =>
        new(Environment.GetEnvironmentVariable, Directory.GetCurrentDirectory(), System.Net.Dns.GetHostName());
}
