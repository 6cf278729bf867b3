using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Voice.Runtime.Invocation;

/// <summary>
/// JSON helpers for generated code. Type metadata always comes from the runtime's options
/// (<see cref="JsonSerializerOptions.GetTypeInfo"/>), so a registered source-generated context is used, not reflection.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GrainJson
{
    public static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    public static void WriteArgument<T>(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => JsonSerializer.Serialize(writer, value, TypeInfo<T>(options));

    /// <summary>Positions the reader inside the argument array.</summary>
    public static void ReadArrayStart(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Grain call arguments must be a JSON array.");
        }
    }

    public static T ReadArgument<T>(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
        {
            throw new JsonException("Grain call arguments: too few values.");
        }

        return JsonSerializer.Deserialize(ref reader, TypeInfo<T>(options))!;
    }
}
