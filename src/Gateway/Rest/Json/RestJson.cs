using System.Text.Encodings.Web;
using System.Text.Json;

namespace Voice.Gateway.Rest.Json;

/// <summary>
/// The JSON metadata every REST body is read and written with: <see cref="RestJsonContext"/>'s strict options, and an
/// encoder that leaves quotes and non-ASCII readable in problem details (bodies are JSON, never embedded in HTML).
/// </summary>
internal static class RestJson
{
    public static RestJsonContext Context { get; } = new(new JsonSerializerOptions(RestJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
