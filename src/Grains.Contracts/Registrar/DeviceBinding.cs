namespace Voice.Grains.Contracts.Registrar;

/// <summary>One stored binding of an address-of-record to a contact (RFC 3261 §10.3 step 7).</summary>
/// <param name="Uri">Contact URI (canonical form).</param>
/// <param name="Q">Preference (0 to 1), or null when the contact named none.</param>
/// <param name="ExpiresAt">When the binding lapses.</param>
/// <param name="CallId">Call-ID of the REGISTER that last updated it.</param>
/// <param name="CSeq">CSeq of that REGISTER.</param>
/// <param name="Source">Transport address that REGISTER came from.</param>
/// <param name="Node">The node that received it: calls to this contact leave from there (its flow), null when unknown.</param>
public sealed record DeviceBinding(string Uri, double? Q, DateTimeOffset ExpiresAt, string CallId, long CSeq, string Source, string? Node = null)
{
    /// <summary>Whole seconds left at <paramref name="now"/> (the <c>expires</c> value of a 200's Contact), never negative.</summary>
    public int SecondsLeft(DateTimeOffset now) => (int)Math.Max(0, Math.Ceiling((ExpiresAt - now).TotalSeconds));
}
