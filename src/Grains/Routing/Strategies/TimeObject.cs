using System.Globalization;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Interop;

namespace Voice.Grains.Routing.Strategies;

/// <summary>
/// Builds the script's <c>time</c> object. It reads the injected <see cref="TimeProvider"/>, so tests (and a
/// session resumed on another node) see the time the host decides, not the machine clock.
/// </summary>
internal static class TimeObject
{
    public static ObjectInstance Create(Engine engine, TimeProvider time, TimeZoneInfo timeZone)
    {
        var result = engine.Object.Construct(Arguments.Empty);
        Add(engine, result, "now", () => time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        Add(engine, result, "hour", () => Local(time, timeZone).Hour);
        Add(engine, result, "minute", () => Local(time, timeZone).Minute);
        Add(engine, result, "dayOfWeek", () => (int)Local(time, timeZone).DayOfWeek);
        result.Extensible = false;
        return result;
    }

    private static DateTimeOffset Local(TimeProvider time, TimeZoneInfo timeZone) => TimeZoneInfo.ConvertTime(time.GetUtcNow(), timeZone);

    private static void Add(Engine engine, ObjectInstance target, string name, Func<JsValue> read) =>
        target.FastAddProperty(name, new ClrFunctionInstance(engine, (_, _) => read(), 0), false, false, false);
}
