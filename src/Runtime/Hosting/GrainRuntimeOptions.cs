using System.Text.Json.Serialization.Metadata;

namespace Voice.Runtime.Hosting;

/// <summary>Settings of one runtime node (validated by <see cref="GrainRuntimeOptionsValidator"/>).</summary>
public sealed record GrainRuntimeOptions
{
    /// <summary>This node's id as it appears in the slot table.</summary>
    public string NodeId { get; set; } = "local";

    /// <summary>
    /// A client-only node (a tool, a standalone gateway) hosts no activations: every call goes through the
    /// <see cref="Remoting.IRemoteGrainInvoker"/> even when the slot table names this node, and reminders are not
    /// delivered here.
    /// </summary>
    public bool ClientOnly { get; set; }

    /// <summary>How long a caller waits for a grain call (queueing included) before GrainCallTimeoutException.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>An activation unused for longer than this is deactivated.</summary>
    public TimeSpan IdleCollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Period of the idle-collection timer; an idle activation goes within (age, age + quantum].</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// JSON metadata for state, arguments and results (source-generated contexts). When empty, reflection-based
    /// serialization is used; when not, reflection is never used.
    /// </summary>
    public IList<IJsonTypeInfoResolver> JsonTypeInfoResolvers { get; } = [];
}
