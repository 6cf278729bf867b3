using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Voice.Gateway.Rest.Problems;

namespace Voice.Gateway.Rest.Json;

/// <summary>
/// Reads a JSON request body strictly (unknown fields, missing required fields, nulls and wrong types are errors) and
/// turns every failure into a problem with a specific title: the framework's own binding answers a bare 400 that
/// does not say which field is wrong.
/// </summary>
internal static class RequestBodyReader
{
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> typeInfo, long maxBytes)
        where T : class
    {
        if (!IsJson(request.ContentType))
        {
            return (null, RestProblems.Create(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Unsupported media type",
                $"send the body as application/json (got '{request.ContentType ?? "no content type"}')"));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        using var buffer = new MemoryStream();
        try
        {
            await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException)
        {
            return (null, TooLarge(maxBytes));
        }

        if (buffer.Length > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        return Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), typeInfo);
    }

    /// <summary>
    /// Like <see cref="ReadAsync{T}"/> for a request whose body is optional (every field has a default): no body at
    /// all is <paramref name="empty"/>; a body, if sent, is read just as strictly.
    /// </summary>
    public static Task<(T? Value, IResult? Problem)> ReadOptionalAsync<T>(HttpRequest request, JsonTypeInfo<T> typeInfo, long maxBytes, T empty)
        where T : class =>
        HasBody(request) ? ReadAsync(request, typeInfo, maxBytes) : Task.FromResult<(T?, IResult?)>((empty, null));

    /// <summary>A body is announced by a non-zero Content-Length or by chunked transfer.</summary>
    public static bool HasBody(HttpRequest request) =>
        request.ContentLength is > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);

    /// <summary>Parses one JSON text (a request body or a WebSocket message).</summary>
    public static (T? Value, IResult? Problem) Parse<T>(ReadOnlyMemory<byte> utf8, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        // Syntax first, on its own: a syntax error then never gets mistaken for a type error.
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException e)
        {
            return (null, RestProblems.BadRequest("malformed-json", "Malformed JSON", $"the body is not valid JSON: {e.Message}"));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, RestProblems.BadRequest("wrong-type", "Wrong type", $"the body must be a JSON object, not {Describe(document.RootElement.ValueKind)}"));
            }

            try
            {
                var value = document.RootElement.Deserialize(typeInfo);
                return value is null
                    ? (null, RestProblems.BadRequest("wrong-type", "Wrong type", "the body must be a JSON object"))
                    : (value, null);
            }
            catch (JsonException e)
            {
                return (null, JsonErrorClassifier.ToProblem(e));
            }
        }
    }

    private static IResult TooLarge(long maxBytes) =>
        RestProblems.Create(StatusCodes.Status413PayloadTooLarge, "body-too-large", "Body too large", $"the body exceeds {maxBytes} bytes");

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("+json", StringComparison.OrdinalIgnoreCase));

    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "an object",
    };
}
