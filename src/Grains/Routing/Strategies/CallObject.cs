using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Voice.Grains.Routing.Strategies;

/// <summary>Builds the script's read-only <c>call</c> object.</summary>
internal static class CallObject
{
    public static ObjectInstance Create(Engine engine, StrategyCall call)
    {
        var userData = engine.Object.Construct(Arguments.Empty);
        foreach (var (key, value) in call.UserData.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            AddReadOnly(userData, key, value);
        }

        userData.Extensible = false;

        var result = engine.Object.Construct(Arguments.Empty);
        AddReadOnly(result, "ani", call.Ani);
        AddReadOnly(result, "dnis", call.Dnis);
        AddReadOnly(result, "routePoint", call.RoutePoint);
        AddReadOnly(result, "userData", userData);
        result.Extensible = false;
        return result;
    }

    // Writes to a read-only property are ignored in sloppy mode and throw a TypeError in strict mode, as in any ES5 engine.
    private static void AddReadOnly(ObjectInstance target, string name, JsValue value) =>
        target.FastAddProperty(name, value, false, true, false);
}
