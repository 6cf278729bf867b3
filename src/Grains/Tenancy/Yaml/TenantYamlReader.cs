using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Voice.Grains.Tenancy.Yaml;

/// <summary>
/// Maps the YAML node tree of a tenant file onto <see cref="Contracts.Tenancy.TenantConfig"/> by hand (no
/// reflection), recording where each value came from so later validation errors can name a line, and
/// collecting shape errors (unknown keys, wrong node kinds, non-numbers) instead of stopping at the first.
/// </summary>
public sealed partial class TenantYamlReader
{
    private readonly TenantLoadOptions _options;
    private readonly Dictionary<string, Mark> _marks = new(StringComparer.Ordinal);

    public TenantYamlReader(TenantLoadOptions options) => _options = options;

    public List<TenantLoadError> Errors { get; } = [];

    /// <summary>The line of <paramref name="path"/>, or of its nearest recorded parent ("dns[2].digest" → "dns[2]").</summary>
    public Mark Locate(string path)
    {
        var current = path;
        while (current.Length > 0)
        {
            if (_marks.TryGetValue(current, out var mark))
            {
                return mark;
            }

            current = current[..Math.Max(0, current.LastIndexOfAny(['.', '[']))];
        }

        return Mark.Empty;
    }

    private void Error(string path, Mark mark, string message) =>
        Errors.Add(new TenantLoadError(path, (int)mark.Line, (int)mark.Column, message));

    private void Remember(string path, YamlNode node) => _marks[path] = node.Start;

    private YamlMappingNode? AsMapping(YamlNode node, string path, IReadOnlyCollection<string> allowedKeys)
    {
        Remember(path, node);
        if (node is not YamlMappingNode mapping)
        {
            Error(path, node.Start, "expected a mapping (key: value lines)");
            return null;
        }

        foreach (var key in mapping.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!allowedKeys.Contains(name))
            {
                Error(Join(path, name), key.Start, $"unknown key '{name}' (expected one of: {string.Join(", ", allowedKeys)})");
            }
        }

        return mapping;
    }

    private string? Scalar(YamlMappingNode mapping, string key, string path)
    {
        var fullPath = Join(path, key);
        if (!mapping.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return null;
        }

        Remember(fullPath, node);
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        Error(fullPath, node.Start, "expected a single value");
        return null;
    }

    private int? Integer(YamlMappingNode mapping, string key, string path)
    {
        var text = Scalar(mapping, key, path);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(Join(path, key), Locate(Join(path, key)), $"'{text}' is not a whole number");
        return null;
    }

    private bool? Boolean(YamlMappingNode mapping, string key, string path)
    {
        var text = Scalar(mapping, key, path);
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        Error(Join(path, key), Locate(Join(path, key)), $"'{text}' is not true or false");
        return null;
    }

    private IReadOnlyList<YamlNode> Sequence(YamlMappingNode mapping, string key, string path)
    {
        var fullPath = Join(path, key);
        if (!mapping.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return [];
        }

        Remember(fullPath, node);
        if (node is YamlSequenceNode sequence)
        {
            return [.. sequence.Children];
        }

        if (node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        Error(fullPath, node.Start, "expected a list (lines starting with '- ')");
        return [];
    }

    private List<string> Strings(YamlMappingNode mapping, string key, string path)
    {
        var result = new List<string>();
        var items = Sequence(mapping, key, path);
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = $"{Join(path, key)}[{i}]";
            Remember(itemPath, items[i]);
            if (items[i] is YamlScalarNode { Value: { } value })
            {
                result.Add(value);
            }
            else
            {
                Error(itemPath, items[i].Start, "expected a single value");
            }
        }

        return result;
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
