namespace Voice.Sip.Sdp;

/// <summary>
/// A line the model has no field for (an unknown type letter, or a repeated line kept as is), written back
/// verbatim. <see cref="AttributeIndex"/> is how many <c>a=</c> lines of its section preceded it, so the
/// writer puts it back where it was among the attributes and the description round-trips.
/// </summary>
public readonly record struct SdpLine(char Type, string Value, int AttributeIndex)
{
    public override string ToString() => $"{Type}={Value}";
}
