namespace Voice.Grains.Contracts.Tenancy;

/// <summary>
/// A salted, stretched password hash (never the password): <see cref="Algorithm"/> is "PBKDF2-SHA256",
/// <see cref="Salt"/> and <see cref="Hash"/> are base64. Produce and check with <see cref="PasswordHasher"/>.
/// </summary>
public sealed record PasswordHash(string Algorithm, int Iterations, string Salt, string Hash)
{
    public override string ToString() => $"PasswordHash({Algorithm}, {Iterations} iterations, redacted)";
}
