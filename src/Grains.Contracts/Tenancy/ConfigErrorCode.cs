using System.Text.Json.Serialization;

namespace Voice.Grains.Contracts.Tenancy;

/// <summary>Why a tenant configuration was rejected; stable names for clients (later: REST problem "type" suffixes).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConfigErrorCode>))]
public enum ConfigErrorCode
{
    Required,
    InvalidTenantId,
    InvalidId,
    TenantIdMismatch,
    InvalidDomain,
    InvalidDnNumber,
    DuplicateDn,
    MissingDigest,
    DigestRealmMismatch,
    InvalidHa1,
    MissingDefaultTarget,
    UnknownQueue,
    UnknownDn,
    MissingQueueId,
    DuplicateQueueId,
    DuplicateAgent,
    AgentIdIsDn,
    DuplicateLoginId,
    InvalidPasswordHash,
    InvalidSkill,
    DuplicateSkill,
    SkillLevelOutOfRange,
    AfterCallWorkOutOfRange,
    InvalidStrategy,
    DefaultDnNotExtension,
    DuplicateTrunk,
    EmptyAcl,
    InvalidCidr,
    InvalidTarget,
    InvalidPattern,
    InvalidTranslation,
    DuplicateRuleOrder,
    DuplicateAdmin,
    DomainClaimed,
    AddressClaimed,
    InvalidSelection,
    RingTimeoutOutOfRange,
    NotAQueue,
}
