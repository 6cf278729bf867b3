using System.Diagnostics.CodeAnalysis;

namespace Voice.Runtime;

/// <summary>Marker for grain interfaces: the source generator emits a proxy and an invoker for each one.</summary>
[SuppressMessage("Design", "CA1040:Avoid empty interfaces", Justification = "Marker interface recognised by the generator and the runtime.")]
public interface IGrain;
