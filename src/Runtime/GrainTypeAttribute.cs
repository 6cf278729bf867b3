namespace Voice.Runtime;

/// <summary>
/// Gives a grain interface a stable type name (used in <see cref="GrainId"/>, storage keys and placement), so that
/// renaming or moving the interface does not orphan persisted state.
/// </summary>
[AttributeUsage(AttributeTargets.Interface, Inherited = false)]
public sealed class GrainTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
