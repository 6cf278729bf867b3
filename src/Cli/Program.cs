namespace Voice.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        using var stdout = Console.OpenStandardOutput();
        return VoiceCtlCommands.Build(stdout, Console.Error).Parse(args).Invoke();
    }
}
