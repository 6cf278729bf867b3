namespace Voice.Grains.Contracts.Registrar;

/// <summary>One Contact of a REGISTER as the gateway parsed it.</summary>
/// <param name="Uri">The contact URI in canonical form; bindings are matched on it (RFC 3261 §10.3 step 7).</param>
/// <param name="Expires">The contact's <c>expires</c> parameter, or null (then the Expires header applies).</param>
/// <param name="Q">The <c>q</c> parameter (0 to 1), or null.</param>
public sealed record RegisterContact(string Uri, int? Expires = null, double? Q = null);
