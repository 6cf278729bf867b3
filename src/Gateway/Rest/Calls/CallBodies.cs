using Voice.Gateway.Rest.Problems;
using Microsoft.AspNetCore.Http;

namespace Voice.Gateway.Rest.Calls;

/// <summary>Checks on call request bodies that the strict reader cannot make: empty strings, null user-data values.</summary>
internal static class CallBodies
{
    public static IResult? Empty(params (string Field, string? Value)[] fields)
    {
        var empty = fields.Where(f => string.IsNullOrEmpty(f.Value))
            .Select(f => new ValidationErrorItem("$." + f.Field, "Required", $"'{f.Field}' may not be empty")).ToList();
        return empty.Count == 0 ? null : RestProblems.BadRequest("missing-field", "Missing field", $"required field(s) empty: {string.Join(", ", empty.Select(e => e.Path))}", empty);
    }

    /// <summary>User data is text: a null value (which JSON maps allow) is refused like a null field.</summary>
    public static IResult? NullValue(IReadOnlyDictionary<string, string> data, string path)
    {
        var key = data.FirstOrDefault(pair => pair.Value is null).Key;
        return key is null
            ? null
            : RestProblems.BadRequest("null-value", "Null not allowed", $"'{path}.{key}' may not be null; user data values are strings",
                [new ValidationErrorItem($"{path}.{key}", "NotNull", "a string is required, not null")]);
    }
}
