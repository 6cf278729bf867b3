using System.Diagnostics;
using System.Globalization;
using Jint;
using Jint.Native;
using Jint.Native.Function;
using Jint.Runtime;
using Jint.Runtime.Debugger;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Voice.Grains.Routing.Strategies;

/// <summary>
/// Runs tenant routing strategies (ES5 on Jint 2.10) in a sandbox: no CLR access, only the API of
/// docs/routing.md, and the budget of <see cref="StrategyLimits"/>. Every run gets a fresh engine, so nothing
/// leaks from one call to the next. Thread-safe; one instance serves the whole node.
/// </summary>
public sealed class StrategyRunner
{
    // Jint parses and interprets nested expressions by recursion (1-4 KB of stack per bracket level, measured): with the
    // source limited to 16 K characters, 64 MB covers the deepest source with room to spare. Only touched pages
    // are committed.
    private const int RunStackBytes = 64 * 1024 * 1024;

    private readonly TimeProvider _time;
    private readonly StrategyProgramCache _programs;
    private readonly ILogger _logger;

    public StrategyRunner(TimeProvider time, StrategyLimits? limits = null, StrategyProgramCache? programs = null, ILogger<StrategyRunner>? logger = null)
    {
        _time = time;
        Limits = limits ?? new StrategyLimits();
        _programs = programs ?? new StrategyProgramCache();
        _logger = logger ?? NullLogger<StrategyRunner>.Instance;
    }

    public StrategyLimits Limits { get; }

    /// <summary>
    /// Runs <paramref name="source"/>'s <c>route(call)</c> on a thread of its own (a large stack for deep nesting,
    /// and no grain turn blocked). Should a built-in loop in C# past every check, the run is given up after
    /// <see cref="StrategyLimits.Timeout"/> + <see cref="StrategyLimits.AbandonAfter"/> and reported as a
    /// <see cref="StrategyFailure.Timeout"/>; its thread finishes on its own.
    /// </summary>
    /// <param name="source">The strategy source.</param>
    /// <param name="call">The call to route.</param>
    /// <param name="timeZone">The tenant's time zone for <c>time.hour()</c>, <c>time.dayOfWeek()</c> and <c>Date</c>; UTC when null.</param>
    public async Task<StrategyResult> RunAsync(string source, StrategyCall call, TimeZoneInfo? timeZone = null)
    {
        var completion = new TaskCompletionSource<StrategyResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            // An exception escaping a thread's body ends the process; the caller's await is the place for it.
            try
            {
                completion.SetResult(Run(source, call, timeZone ?? TimeZoneInfo.Utc));
            }
            catch (Exception e)
            {
                completion.SetException(e);
            }
        }, RunStackBytes)
        {
            IsBackground = true,
            Name = "routing strategy",
        };
        thread.Start();
        try
        {
            // Real time on purpose: this guards the node's threads, whatever clock the strategy is shown.
            return await completion.Task.WaitAsync(Limits.Timeout + Limits.AbandonAfter).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            var message = $"still running {(Limits.Timeout + Limits.AbandonAfter).TotalMilliseconds} ms after it started (inside a built-in); abandoned";
            Log.StrategyFailed(_logger, call.RoutePoint, StrategyFailure.Timeout, message);
            return StrategyResult.Failed(StrategyFailure.Timeout, message);
        }
    }

    private StrategyResult Run(string source, StrategyCall call, TimeZoneInfo timeZone)
    {
        var started = Stopwatch.GetTimestamp();
        var result = Execute(source, call, timeZone);
        if (result.Failure is { } failure)
        {
            Log.StrategyFailed(_logger, call.RoutePoint, failure, result.Message!);
        }
        else
        {
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Log.StrategyRouted(_logger, call.RoutePoint, result.Instructions.Count, elapsedMs);
        }

        return result;
    }

    private StrategyResult Execute(string source, StrategyCall call, TimeZoneInfo timeZone)
    {
        if (source.Length > Limits.MaxSourceLength)
        {
            return StrategyResult.Failed(StrategyFailure.SourceTooLarge, $"the source is {source.Length} characters, more than the limit of {Limits.MaxSourceLength}");
        }

        var lease = _programs.Rent(source);
        if (lease.Program is not { } program)
        {
            return StrategyResult.Failed(StrategyFailure.SyntaxError, lease.SyntaxError!);
        }

        try
        {
            var engine = CreateEngine(timeZone);
            var route = new RouteApi(engine, Limits);
            new BuiltInGuards(engine, Limits).Install();
            engine.SetValue("time", (JsValue)TimeObject.Create(engine, _time, timeZone));

            engine.Execute(program);
            var routeFunction = engine.GetValue("route");
            if (!routeFunction.IsObject() || routeFunction.AsObject() is not FunctionInstance)
            {
                return StrategyResult.Failed(StrategyFailure.NoRouteFunction, $"the strategy must define function route(call); route is {JsArgs.Describe(routeFunction)}");
            }

            route.AttachTo(routeFunction.AsObject());
            routeFunction.Invoke(JsValue.Undefined, [CallObject.Create(engine, call)]);
            return route.Instructions.Any(i => i.IsTarget)
                ? StrategyResult.Success([.. route.Instructions])
                : StrategyResult.Failed(StrategyFailure.NoTarget, "route(call) returned without a target: call route.toQueue, route.toAgent, route.toDN or route.default");
        }
        catch (StrategyAbortException e)
        {
            return StrategyResult.Failed(e.Failure, e.Message);
        }
        catch (JavaScriptException e)
        {
            return StrategyResult.Failed(StrategyFailure.ScriptError, DescribeThrown(e));
        }
        catch (TimeoutException)
        {
            return StrategyResult.Failed(StrategyFailure.Timeout, $"ran longer than {Limits.Timeout.TotalMilliseconds} ms");
        }
        catch (StatementsCountOverflowException)
        {
            return StrategyResult.Failed(StrategyFailure.StatementLimit, $"ran more than {Limits.MaxStatements} statements");
        }
        catch (RecursionDepthOverflowException)
        {
            return StrategyResult.Failed(StrategyFailure.RecursionLimit, $"nested function calls deeper than {Limits.MaxRecursionDepth}");
        }
        catch (OutOfMemoryException)
        {
            return StrategyResult.Failed(StrategyFailure.MemoryLimit, "ran out of memory");
        }
        catch (Exception e)
        {
            // Jint 2.10 surfaces some script mistakes as plain CLR exceptions (e.g. an invalid regular expression).
            return StrategyResult.Failed(StrategyFailure.ScriptError, $"{e.GetType().Name}: {e.Message}");
        }
        finally
        {
            StrategyProgramCache.Return(lease);
        }
    }

    private Engine CreateEngine(TimeZoneInfo timeZone)
    {
        var engine = new Engine(options =>
        {
            options.TimeoutInterval(Limits.Timeout)
                .MaxStatements(Limits.MaxStatements)
                .LimitRecursion(Limits.MaxRecursionDepth)
                .LocalTimeZone(timeZone)
                .Culture(CultureInfo.InvariantCulture)
                .DebugMode(Limits.MaxAllocatedBytes is not null);
            // No AllowClr: without it Jint defines neither importNamespace nor System, and the script reaches no
            // .NET type. Everything it is given is a plain script object or a function over script values.
        });

        if (Limits.MaxAllocatedBytes is { } budget)
        {
            var start = GC.GetAllocatedBytesForCurrentThread();
            engine.Step += (_, _) =>
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread() - start;
                return allocated <= budget
                    ? StepMode.Into
                    : throw new StrategyAbortException(StrategyFailure.MemoryLimit, $"allocated {allocated / 1024} KB, more than the limit of {budget / 1024} KB");
            };
        }

        return engine;
    }

    private static string DescribeThrown(JavaScriptException e)
    {
        var where = e.LineNumber > 0 ? $" (line {e.LineNumber})" : string.Empty;
        try
        {
            var error = e.Error;
            if (error.IsObject() && error.AsObject().Class == "Error")
            {
                var obj = error.AsObject();
                return $"{TypeConverter.ToString(obj.Get("name"))}: {TypeConverter.ToString(obj.Get("message"))}{where}";
            }

            return error.IsObject() ? $"threw an object{where}" : $"threw {JsArgs.Describe(error)}{where}";
        }
        catch (Exception)
        {
            // Reading name/message may run script getters that hit a limit; the fact of the throw is enough.
            return $"threw{where}";
        }
    }
}
