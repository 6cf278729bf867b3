namespace Voice.Sip.Auth;

/// <summary>
/// Finds the secret of <paramref name="username"/> in <paramref name="realm"/>; null when the user is unknown.
/// Asynchronous because real deployments read a directory or database.
/// </summary>
public delegate ValueTask<DigestSecret?> DigestSecretLookup(string username, string realm, CancellationToken cancellationToken);
