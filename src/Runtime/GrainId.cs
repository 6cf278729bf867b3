namespace Voice.Runtime;

/// <summary>Identity of one virtual actor: a stable grain type name plus its key.</summary>
/// <param name="Type">Name from <see cref="GrainTypeAttribute"/> or the interface's full name.</param>
/// <param name="Key">Application key, e.g. a call id.</param>
public readonly record struct GrainId(string Type, string Key)
{
    public override string ToString() => Type + "/" + Key;
}
