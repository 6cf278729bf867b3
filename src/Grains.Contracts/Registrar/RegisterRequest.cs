namespace Voice.Grains.Contracts.Registrar;

/// <summary>An authenticated REGISTER with Contacts, reduced to what the binding rules need.</summary>
/// <param name="Contacts">The request's contacts (not the <c>*</c> wildcard; see IDeviceGrain.UnregisterAllAsync).</param>
/// <param name="ExpiresHeader">The Expires header value, or null when absent.</param>
/// <param name="CallId">Call-ID of the request.</param>
/// <param name="CSeq">CSeq number of the request.</param>
/// <param name="Source">Transport address the request came from (e.g. <c>udp:192.0.2.7:5060</c>).</param>
/// <param name="Node">The node that received the REGISTER (where calls to its contacts must leave from).</param>
/// <param name="Bounds">Min/max/default expiration; null means <see cref="ExpiresBounds.Standard"/>.</param>
public sealed record RegisterRequest(
    IReadOnlyList<RegisterContact> Contacts,
    int? ExpiresHeader,
    string CallId,
    long CSeq,
    string Source,
    ExpiresBounds? Bounds = null,
    string? Node = null);
