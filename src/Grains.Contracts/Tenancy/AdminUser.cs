namespace Voice.Grains.Contracts.Tenancy;

/// <summary>A user of the tenant's provisioning and supervision API.</summary>
public sealed record AdminUser(string Name, PasswordHash Password, AdminRole Role);
