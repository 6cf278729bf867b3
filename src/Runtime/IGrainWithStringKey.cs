using System.Diagnostics.CodeAnalysis;

namespace Voice.Runtime;

/// <summary>A grain addressed by a string key (the only key kind this runtime supports).</summary>
[SuppressMessage("Design", "CA1040:Avoid empty interfaces", Justification = "Marker interface, mirrors the Orleans programming model.")]
public interface IGrainWithStringKey : IGrain;
