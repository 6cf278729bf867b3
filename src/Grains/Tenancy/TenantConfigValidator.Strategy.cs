using Jint.Parser;
using Voice.Grains.Contracts.Tenancy;

namespace Voice.Grains.Tenancy;

public sealed partial class TenantConfigValidator
{
    /// <summary>Largest strategy source accepted (the runner refuses bigger ones too).</summary>
    public const int MaxStrategyLength = 16 * 1024;

    /// <summary>
    /// A strategy belongs to a route point and must at least parse: a syntax error found when the configuration is
    /// applied is better than every call falling back to the default target. (What it does at run time is checked
    /// per call, with limits — docs/routing.md.)
    /// </summary>
    private void ValidateStrategy(DnConfig dn, string path)
    {
        if (dn.Strategy is not { } source)
        {
            return;
        }

        if (dn.Type != DnType.RoutePoint)
        {
            Add(ConfigErrorCode.InvalidStrategy, path + ".strategy", $"DN {dn.Number}: a strategy belongs to route points only");
            return;
        }

        if (source.Length > MaxStrategyLength)
        {
            Add(ConfigErrorCode.InvalidStrategy, path + ".strategy", $"route point {dn.Number}: the strategy is {source.Length} characters, more than {MaxStrategyLength}");
            return;
        }

        try
        {
            new JavaScriptParser().Parse(source);
        }
        catch (ParserException e)
        {
            Add(ConfigErrorCode.InvalidStrategy, path + ".strategy", $"route point {dn.Number}: the strategy does not parse: {e.Message}");
        }
    }
}
