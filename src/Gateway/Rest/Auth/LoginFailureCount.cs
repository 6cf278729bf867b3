namespace Voice.Gateway.Rest.Auth;

/// <summary>Failed logins of one key (user or client address) since <see cref="WindowStart"/>.</summary>
internal sealed record LoginFailureCount(DateTimeOffset WindowStart, int Failures);
