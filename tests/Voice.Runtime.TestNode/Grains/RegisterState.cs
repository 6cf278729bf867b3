namespace Voice.Runtime.TestNode.Grains;

public sealed class RegisterState
{
    public string Value { get; set; } = string.Empty;
}
