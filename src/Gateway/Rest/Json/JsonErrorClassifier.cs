using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Voice.Gateway.Rest.Problems;

namespace Voice.Gateway.Rest.Json;

/// <summary>
/// Tells apart the ways a syntactically valid body can fail to bind (unknown field, missing field, null, wrong type)
/// from <see cref="JsonException"/>. System.Text.Json has no error codes, so this reads its (stable, English) messages;
/// the tests pin each case, so a framework change that alters them fails loudly rather than mislabelling errors.
/// </summary>
internal static class JsonErrorClassifier
{
    private const string UnknownMarker = "could not be mapped to any .NET member";
    private const string MissingMarker = "missing required properties including: ";
    private const string NullMarker = "doesn't allow null values";

    public static IResult ToProblem(JsonException error)
    {
        var path = string.IsNullOrEmpty(error.Path) ? "$" : error.Path;
        var message = error.Message;
        if (message.Contains(UnknownMarker, StringComparison.Ordinal))
        {
            var name = FirstQuoted(message) ?? "?";
            var at = JoinPath(ParentPath(path, name), name);
            return RestProblems.BadRequest("unknown-field", "Unknown field", $"'{at}' is not a field of this request; remove it",
                [new ValidationErrorItem(at, "UnknownField", $"unknown field '{name}'")]);
        }

        var missingAt = message.IndexOf(MissingMarker, StringComparison.Ordinal);
        if (missingAt >= 0)
        {
            var names = message[(missingAt + MissingMarker.Length)..].TrimEnd('.').Split(", ")
                .Select(n => n.Trim('\'', ' ', '.')).Where(n => n.Length > 0).ToList();
            var errors = names.Select(n => new ValidationErrorItem(JoinPath(path, n), "Required", $"'{n}' is required")).ToList();
            return RestProblems.BadRequest("missing-field", "Missing field", $"required field(s) missing: {string.Join(", ", errors.Select(e => e.Path))}", errors);
        }

        if (message.Contains(NullMarker, StringComparison.Ordinal))
        {
            var name = FirstQuoted(message) ?? path;
            var at = path.EndsWith(name, StringComparison.OrdinalIgnoreCase) ? path : JoinPath(path, name);
            return RestProblems.BadRequest("null-value", "Null not allowed", $"'{at}' may not be null",
                [new ValidationErrorItem(at, "NotNull", "a value is required, not null")]);
        }

        return RestProblems.BadRequest("wrong-type", "Wrong type", $"the value at '{path}' has the wrong type for that field",
            [new ValidationErrorItem(path, "WrongType", "wrong JSON type (e.g. a string where a number or a list is expected)")]);
    }

    private static string? FirstQuoted(string message)
    {
        var start = message.IndexOf('\'', StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var end = message.IndexOf('\'', start + 1);
        return end > start ? message[(start + 1)..end] : null;
    }

    /// <summary>For an unknown member the reader's path may already end with it ("$.foo"); the parent is what precedes it.</summary>
    private static string ParentPath(string path, string name)
    {
        var suffix = "." + name;
        return path.EndsWith(suffix, StringComparison.Ordinal) ? path[..^suffix.Length] : path;
    }

    private static string JoinPath(string path, string name) => $"{path}.{name}";
}
