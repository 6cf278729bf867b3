using System.Globalization;
using Voice.Grains.Routing.Strategies;

namespace Voice.Grains.Routing.Sessions;

/// <summary>One strategy instruction in the persisted form of a routing session (a flat record: JSON without polymorphism).</summary>
public sealed class RoutingStep
{
    public const string QueueKind = "queue";
    public const string DnKind = "dn";
    public const string AgentKind = "agent";
    public const string AttachKind = "attach";
    public const string TreatmentKind = "treatment";
    public const string DefaultKind = "default";

    public string Kind { get; set; } = string.Empty;

    /// <summary>Queue id, DN, agent id, attach key or treatment type, by kind.</summary>
    public string? Target { get; set; }

    /// <summary>The attached value (attach).</summary>
    public string? Value { get; set; }

    public Dictionary<string, int> Skills { get; set; } = [];

    public int Priority { get; set; }

    public int? TimeoutSec { get; set; }

    public Dictionary<string, string> Parameters { get; set; } = [];

    public static RoutingStep From(RoutingInstruction instruction) => instruction switch
    {
        ToQueue q => new RoutingStep { Kind = QueueKind, Target = q.Queue, Skills = new(q.Skills), Priority = q.Priority, TimeoutSec = q.TimeoutSec },
        ToDn d => new RoutingStep { Kind = DnKind, Target = d.Dn },
        ToAgent a => new RoutingStep { Kind = AgentKind, Target = a.AgentId },
        Attach a => new RoutingStep { Kind = AttachKind, Target = a.Key, Value = a.Value },
        Treatment t => new RoutingStep { Kind = TreatmentKind, Target = t.Type, Parameters = new(t.Parameters) },
        _ => new RoutingStep { Kind = DefaultKind },
    };

    public static RoutingStep ToQueue(string queue) => new() { Kind = QueueKind, Target = queue };

    public override string ToString() => Kind switch
    {
        QueueKind => $"queue {Target} priority {Priority}" + (TimeoutSec is { } t ? string.Create(CultureInfo.InvariantCulture, $" timeout {t}s") : "")
            + (Skills.Count > 0 ? " skills " + string.Join(",", Skills.Select(s => $"{s.Key}>={s.Value}")) : ""),
        AttachKind => $"attach {Target}={Value}",
        DefaultKind => "default",
        _ => $"{Kind} {Target}",
    };
}
