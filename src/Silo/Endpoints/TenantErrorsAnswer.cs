namespace Voice.Silo.Endpoints;

/// <summary>PUT /admin/tenants/{id} refusal: every problem, with its YAML line when known (0 = not tied to a line).</summary>
internal sealed record TenantErrorsAnswer(string TenantId, IReadOnlyList<TenantErrorItem> Errors);
