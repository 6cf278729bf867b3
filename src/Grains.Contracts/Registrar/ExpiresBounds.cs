namespace Voice.Grains.Contracts.Registrar;

/// <summary>
/// The registrar's expiration policy (RFC 3261 §10.3 step 7), configured on the gateway and sent with each request so
/// every node applies the same numbers.
/// </summary>
/// <param name="Min">Shorter non-zero intervals are refused with 423 and Min-Expires.</param>
/// <param name="Max">Longer intervals are shortened to this.</param>
/// <param name="Default">Used when neither the contact nor the request names an interval.</param>
public sealed record ExpiresBounds(int Min = 60, int Max = 7200, int Default = 3600)
{
    public static ExpiresBounds Standard { get; } = new();
}
