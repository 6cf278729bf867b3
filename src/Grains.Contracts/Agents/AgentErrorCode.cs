using System.Text.Json.Serialization;

namespace Voice.Grains.Contracts.Agents;

/// <summary>Why an agent request was refused; a refused request changes nothing.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AgentErrorCode>))]
public enum AgentErrorCode
{
    /// <summary>The tenant has no configuration.</summary>
    UnknownTenant,

    /// <summary>The tenant configures no agent with this id.</summary>
    UnknownAgent,

    /// <summary>No DN given and the agent has no default DN.</summary>
    DnRequired,

    /// <summary>The DN is not an extension of the tenant (unknown, a route point or a queue).</summary>
    DnNotExtension,

    /// <summary>Another logged-in agent holds the DN.</summary>
    DnInUse,

    /// <summary>A queue id that no virtual queue of the tenant carries.</summary>
    UnknownQueue,

    /// <summary>The request needs a logged-in agent.</summary>
    NotLoggedIn,

    /// <summary>Login while already logged in.</summary>
    AlreadyLoggedIn,

    /// <summary>Logout while the agent is party to a call.</summary>
    OnCall,

    /// <summary>A work mode that does not fit the request (Ready needs ManualIn/AutoIn, NotReady a NotReady mode).</summary>
    InvalidWorkMode,

    /// <summary>An empty or otherwise unusable argument (forward target, reservation time, call key).</summary>
    InvalidArgument,

    /// <summary>Reservation refused: the agent is not Ready.</summary>
    NotReady,

    /// <summary>Reservation refused: the agent is reserved for another call.</summary>
    AlreadyReserved,

    /// <summary>Reservation refused: do-not-disturb is on.</summary>
    DoNotDisturb,

    /// <summary>No reservation for this call.</summary>
    NoReservation,
}
