using System.Text.Json.Serialization;

namespace Voice.Grains.Contracts.Tenancy;

/// <summary>What an administrative user may do through the provisioning API.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AdminRole>))]
public enum AdminRole
{
    Admin,
    Supervisor,
}
