namespace Voice.Silo.Tests;

/// <summary>
/// Small tenant files for the tests: extensions only (digest HA1 is cheap to compute, unlike the PBKDF2 of agent and
/// admin passwords), so a node starts in a second or two.
/// </summary>
internal static class TestTenants
{
    public static string Yaml(string tenantId, string domain = "test.local") => $"""
        tenantId: {tenantId}
        sipDomain: {domain}
        dns:
          - number: "2001"
            type: extension
            password: secret-2001
          - number: "2002"
            type: extension
            password: secret-2002
        dialPlan:
          - pattern: 2XXX
            scope: internal
        """ + "\n";

    public static string Write(string directory, string name, string yaml)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, yaml);
        return path;
    }

    /// <summary>1-based line of the first line containing <paramref name="text"/>.</summary>
    public static int LineOf(string yaml, string text) =>
        yaml.Split('\n').Select((line, index) => (line, index)).First(x => x.line.Contains(text, StringComparison.Ordinal)).index + 1;
}
