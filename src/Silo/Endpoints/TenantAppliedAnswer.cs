namespace Voice.Silo.Endpoints;

/// <summary>PUT /admin/tenants/{id} success: the version now in force.</summary>
internal sealed record TenantAppliedAnswer(string TenantId, long Version);
