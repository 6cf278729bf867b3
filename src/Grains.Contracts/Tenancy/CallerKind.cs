using System.Text.Json.Serialization;

namespace Voice.Grains.Contracts.Tenancy;

/// <summary>Who is dialling: a registered device of the tenant, or a trunk (carrier/SBC) delivering a call.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CallerKind>))]
public enum CallerKind
{
    Extension,
    Trunk,
}
