using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;
using Voice.Grains.Contracts.Tenancy;

namespace Voice.Grains.Routing.Strategies;

/// <summary>
/// The <c>route.*</c> functions. They are attached to the script's own <c>route</c> function object, so
/// <c>route.toQueue(…)</c> inside <c>function route(call)</c> needs no second global name.
/// </summary>
internal sealed class RouteApi(Engine engine, StrategyLimits limits)
{
    public const int MinPriority = 0;
    public const int MaxPriority = 100;
    public const int MaxTimeoutSec = 24 * 60 * 60;

    private readonly List<RoutingInstruction> _instructions = [];

    public IReadOnlyList<RoutingInstruction> Instructions => _instructions;

    public void AttachTo(ObjectInstance routeFunction)
    {
        Define(routeFunction, "toQueue", 2, args => ToQueue(new JsArgs("route.toQueue", args)));
        Define(routeFunction, "toAgent", 1, args => ToAgent(new JsArgs("route.toAgent", args)));
        Define(routeFunction, "toDN", 1, args => ToDn(new JsArgs("route.toDN", args)));
        Define(routeFunction, "attach", 2, args => Attach(new JsArgs("route.attach", args)));
        Define(routeFunction, "treatment", 2, args => Treatment(new JsArgs("route.treatment", args)));
        Define(routeFunction, "default", 0, args => DefaultTarget(new JsArgs("route.default", args)));
    }

    private void Define(ObjectInstance target, string name, int length, Func<JsValue[], RoutingInstruction> build)
    {
        var function = new ClrFunctionInstance(engine, (_, args) =>
        {
            var instruction = build(args);
            if (_instructions.Count >= limits.MaxInstructions)
            {
                throw new StrategyAbortException(StrategyFailure.TooManyInstructions, $"more than {limits.MaxInstructions} routing instructions");
            }

            _instructions.Add(instruction);
            return JsValue.Undefined;
        }, length);

        // Not writable, not configurable: a script cannot swap an API function for one of its own.
        target.DefineOwnProperty(name, new PropertyDescriptor(function, false, false, false), true);
    }

    private static ToQueue ToQueue(JsArgs args)
    {
        args.ExpectAtMost(2);
        var queue = args.RequiredString(0, "queue");
        var skills = new Dictionary<string, int>(StringComparer.Ordinal);
        var priority = 0;
        int? timeoutSec = null;
        var options = args.OptionalObject(1, "options");
        if (options is not null)
        {
            foreach (var (name, value) in JsArgs.Properties(options))
            {
                switch (name)
                {
                    case "skills":
                        ReadSkills(args, value, skills);
                        break;
                    case "priority":
                        priority = args.Integer(value, "priority", MinPriority, MaxPriority);
                        break;
                    case "timeoutSec":
                        timeoutSec = value.IsUndefined() ? null : args.Integer(value, "timeoutSec", 1, MaxTimeoutSec);
                        break;
                    default:
                        throw args.Invalid($"unknown option '{name}' (options are skills, priority, timeoutSec)");
                }
            }
        }

        return new ToQueue(queue, skills, priority, timeoutSec);
    }

    private static void ReadSkills(JsArgs args, JsValue value, Dictionary<string, int> skills)
    {
        if (value.IsUndefined())
        {
            return;
        }

        if (!JsArgs.IsPlainObject(value))
        {
            throw args.Invalid($"skills must be an object of skill name → lowest level, e.g. {{sales: 5}}, got {JsArgs.Describe(value)}");
        }

        foreach (var (skill, level) in JsArgs.Properties(value.AsObject()))
        {
            skills[skill] = args.Integer(level, $"the level of skill '{skill}'", AgentSkill.MinLevel, AgentSkill.MaxLevel);
        }
    }

    private static ToAgent ToAgent(JsArgs args)
    {
        args.ExpectAtMost(1);
        return new ToAgent(args.RequiredString(0, "agent id"));
    }

    private static ToDn ToDn(JsArgs args)
    {
        args.ExpectAtMost(1);
        return new ToDn(args.RequiredString(0, "dn"));
    }

    private static Attach Attach(JsArgs args)
    {
        args.ExpectAtMost(2);
        var key = args.RequiredString(0, "key");
        return new Attach(key, args.Scalar(args.At(1), "value"));
    }

    private static Treatment Treatment(JsArgs args)
    {
        args.ExpectAtMost(2);
        var type = args.RequiredString(0, "type");
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        var given = args.OptionalObject(1, "params");
        if (given is not null)
        {
            foreach (var (name, value) in JsArgs.Properties(given))
            {
                parameters[name] = args.Scalar(value, $"param '{name}'");
            }
        }

        return new Treatment(type, parameters);
    }

    private static Default DefaultTarget(JsArgs args)
    {
        args.ExpectAtMost(0);
        return new Default();
    }
}
