using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Voice.Grains.Routing.Strategies;

/// <summary>
/// Reads and checks the arguments of an API function. Every refusal ends the run with
/// <see cref="StrategyFailure.InvalidArgument"/> and a message naming the function and the argument.
/// </summary>
internal readonly struct JsArgs(string function, JsValue[] values)
{
    public string Function { get; } = function;

    public JsValue At(int index) => index < values.Length ? values[index] : JsValue.Undefined;

    public void ExpectAtMost(int count)
    {
        if (values.Length > count)
        {
            throw Invalid($"takes at most {count} argument(s), got {values.Length}");
        }
    }

    public string RequiredString(int index, string name)
    {
        var value = At(index);
        if (!value.IsString() || value.AsString().Length == 0)
        {
            throw Invalid($"{name} must be a non-empty string, got {Describe(value)}");
        }

        return value.AsString();
    }

    /// <summary>An optional plain object (undefined → null); arrays, functions and primitives are refused.</summary>
    public ObjectInstance? OptionalObject(int index, string name)
    {
        var value = At(index);
        if (value.IsUndefined())
        {
            return null;
        }

        return IsPlainObject(value) ? value.AsObject() : throw Invalid($"{name} must be an object, got {Describe(value)}");
    }

    /// <summary>Text of a string, number or boolean (as JavaScript writes it); anything else is refused.</summary>
    public string Scalar(JsValue value, string name)
    {
        if (value.IsString() || value.IsNumber() || value.IsBoolean())
        {
            return TypeConverter.ToString(value);
        }

        throw Invalid($"{name} must be a string, number or boolean, got {Describe(value)}");
    }

    public int Integer(JsValue value, string name, int min, int max)
    {
        if (value.IsNumber())
        {
            var number = value.AsNumber();
            if (number == Math.Floor(number) && number >= min && number <= max)
            {
                return (int)number;
            }
        }

        throw Invalid($"{name} must be a whole number from {min} to {max}, got {Describe(value)}");
    }

    /// <summary>The own enumerable properties of a script object, in its order.</summary>
    public static IEnumerable<(string Name, JsValue Value)> Properties(ObjectInstance obj)
    {
        foreach (var (name, descriptor) in obj.GetOwnProperties().ToList())
        {
            if (descriptor.Enumerable == true)
            {
                yield return (name, obj.Get(name));
            }
        }
    }

    public StrategyAbortException Invalid(string problem) => new(StrategyFailure.InvalidArgument, $"{Function}: {problem}");

    public static bool IsPlainObject(JsValue value) =>
        value.IsObject() && !value.IsArray() && value.AsObject() is not Jint.Native.Function.FunctionInstance;

    public static string Describe(JsValue value)
    {
        if (value.IsUndefined())
        {
            return "undefined";
        }

        if (value.IsNull())
        {
            return "null";
        }

        if (value.IsString())
        {
            var text = value.AsString();
            return text.Length <= 40 ? $"'{text}'" : $"'{text[..40]}…'";
        }

        if (value.IsNumber() || value.IsBoolean())
        {
            return TypeConverter.ToString(value);
        }

        return value.IsArray() ? "an array" : value.AsObject() is Jint.Native.Function.FunctionInstance ? "a function" : "an object";
    }
}
