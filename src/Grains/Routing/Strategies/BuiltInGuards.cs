using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Voice.Grains.Routing.Strategies;

/// <summary>
/// Wraps the built-ins that loop or recurse in C# (Jint checks time and statements only between statements, so
/// <c>a.length = 1e9; a.join()</c> would otherwise run for minutes, and a self-containing array joined would
/// overflow the stack). Each wrapper checks the array length and the nesting of such calls, then calls the original.
/// </summary>
internal sealed class BuiltInGuards(Engine engine, StrategyLimits limits)
{
    private static readonly string[] WalkingArrayMethods =
    [
        "toString", "toLocaleString", "join", "concat", "reverse", "slice", "splice", "sort", "shift", "unshift",
        "indexOf", "lastIndexOf", "every", "some", "forEach", "map", "filter", "reduce", "reduceRight",
    ];

    private int _depth;

    public void Install()
    {
        var arrayPrototype = engine.Array.Get("prototype").AsObject();
        foreach (var name in WalkingArrayMethods)
        {
            Wrap(arrayPrototype, name, "Array.prototype." + name, (self, _) => CheckLength(self, "Array.prototype." + name));
        }

        // apply copies its argument array into a C# array of that length before calling anything.
        Wrap(engine.Function.Get("prototype").AsObject(), "apply", "Function.prototype.apply", (_, args) =>
        {
            if (args.Length > 1 && args[1].IsObject())
            {
                CheckLength(args[1], "Function.prototype.apply");
            }
        });

        Wrap(engine.Json, "stringify", "JSON.stringify", (_, args) =>
        {
            var nodes = 0;
            CheckTree(args.Length > 0 ? args[0] : JsValue.Undefined, 1, ref nodes);
        });
    }

    private void Wrap(ObjectInstance owner, string name, string label, Action<JsValue, JsValue[]> check)
    {
        var original = owner.Get(name);
        var wrapper = new ClrFunctionInstance(engine, (self, args) =>
        {
            check(self, args);
            if (++_depth > limits.MaxBuiltInDepth)
            {
                throw new StrategyAbortException(StrategyFailure.RecursionLimit, $"{label} nested deeper than {limits.MaxBuiltInDepth}");
            }

            try
            {
                return original.Invoke(self, args);
            }
            finally
            {
                _depth--;
            }
        }, 1);
        owner.FastSetProperty(name, new PropertyDescriptor(wrapper, true, false, true));
    }

    private void CheckLength(JsValue arrayLike, string label)
    {
        if (arrayLike.IsUndefined() || arrayLike.IsNull())
        {
            return; // the original throws its TypeError
        }

        var length = TypeConverter.ToNumber(TypeConverter.ToObject(engine, arrayLike).Get("length"));
        if (length > limits.MaxArrayLength)
        {
            throw TooLong(label, length);
        }
    }

    // Walks data properties only (no getters run) before JSON.stringify recurses in C#.
    private void CheckTree(JsValue value, int depth, ref int nodes)
    {
        if (!value.IsObject())
        {
            return;
        }

        if (depth > limits.MaxBuiltInDepth)
        {
            throw new StrategyAbortException(StrategyFailure.RecursionLimit, $"JSON.stringify: value nested deeper than {limits.MaxBuiltInDepth} (or containing itself)");
        }

        var obj = value.AsObject();
        if (value.IsArray())
        {
            CheckLength(value, "JSON.stringify");
        }

        foreach (var (_, descriptor) in obj.GetOwnProperties().ToList())
        {
            if (++nodes > limits.MaxArrayLength)
            {
                throw TooLong("JSON.stringify", nodes);
            }

            if (descriptor.Value is { } child)
            {
                CheckTree(child, depth + 1, ref nodes);
            }
        }
    }

    private StrategyAbortException TooLong(string label, double length) =>
        new(StrategyFailure.MemoryLimit, $"{label}: {length} elements is more than the limit of {limits.MaxArrayLength}");
}
