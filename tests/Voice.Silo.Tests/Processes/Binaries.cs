namespace Voice.Silo.Tests.Processes;

/// <summary>The built node host and voicectl, in the same configuration as this test assembly.</summary>
internal static class Binaries
{
    private static readonly string TestDirectory = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);

    public static string RepositoryRoot { get; } = FindRoot();

    public static string Silo => Output("src/Silo", "Voice.Silo.dll");

    public static string VoiceCtl => Output("src/Cli", "voicectl.dll");

    // tests/Voice.Silo.Tests/bin/<Configuration>/<tfm> -> src/<Project>/bin/<Configuration>/<tfm>/<dll>
    private static string Output(string project, string dll)
    {
        var tfm = Path.GetFileName(TestDirectory);
        var configuration = Path.GetFileName(Path.GetDirectoryName(TestDirectory)!);
        return Path.Combine(RepositoryRoot, project, "bin", configuration, tfm, dll);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Voice.Orleans.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Voice.Orleans.sln above {TestDirectory}");
    }
}
