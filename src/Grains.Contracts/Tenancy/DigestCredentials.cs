namespace Voice.Grains.Contracts.Tenancy;

/// <summary>What the SIP gateway needs to check a digest response for one DN: user name, realm and the HA1s.</summary>
public sealed record DigestCredentials(string Username, string Realm, string Ha1Md5, string Ha1Sha256);
