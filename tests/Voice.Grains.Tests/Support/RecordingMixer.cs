using System.Collections.Concurrent;
using Voice.Grains.Contracts.Media;

namespace Voice.Grains.Tests.Support;

/// <summary>A conference mixer that answers every offer with a fixed SDP naming the participant, and records what it was asked.</summary>
public sealed class RecordingMixer : IConferenceMixer
{
    private readonly ConcurrentQueue<string> _calls = new();

    public string LocalNodeId => "n1";

    /// <summary>Participants whose offers are refused.</summary>
    public HashSet<string> Refuse { get; } = [];

    /// <summary>What was asked, as <c>join|leave|close {room} {participant}</c>.</summary>
    public IReadOnlyList<string> Calls => [.. _calls];

    public static string AnswerFor(string participantId) =>
        $"v=0\r\no=mixer 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\nm=audio 4{participantId.Length:000} RTP/AVP 0\r\na=label:{participantId}\r\n";

    public Task<MixerJoinResult> JoinAsync(string nodeId, string roomId, string participantId, string offerSdp)
    {
        _calls.Enqueue($"join {roomId} {participantId}");
        return Task.FromResult(Refuse.Contains(participantId) ? MixerJoinResult.Refused("no G.711") : MixerJoinResult.Joined(AnswerFor(participantId)));
    }

    public Task LeaveAsync(string nodeId, string roomId, string participantId)
    {
        _calls.Enqueue($"leave {roomId} {participantId}");
        return Task.CompletedTask;
    }

    public Task CloseRoomAsync(string nodeId, string roomId)
    {
        _calls.Enqueue($"close {roomId}");
        return Task.CompletedTask;
    }
}
