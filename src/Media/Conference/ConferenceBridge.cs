using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Voice.Media.Negotiation;

namespace Voice.Media.Conference;

/// <summary>
/// An audio conference bridge: participants join rooms with an SDP offer and get an answer pointing at a UDP
/// port of their own; every packetization period each one is sent the sum of the others' audio (G.711
/// μ-law or A-law, whichever it negotiated). A room opens with its first participant and closes with its last.
/// </summary>
public sealed class ConferenceBridge : IAsyncDisposable
{
    // Serializes joins, leaves and closes: each is a few socket operations, and ordering them keeps a room
    // from being closed while someone joins it.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, ConferenceRoom> _rooms = new(StringComparer.Ordinal);
    private readonly ConferenceBridgeOptions _options;
    private readonly RtpPortAllocator _ports;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private bool _disposed;

    /// <exception cref="OptionsValidationException">The options are unusable; the failures say why.</exception>
    public ConferenceBridge(ConferenceBridgeOptions options, TimeProvider? timeProvider = null, ILogger<ConferenceBridge>? logger = null)
    {
        var validation = new ConferenceBridgeOptionsValidator().Validate(null, options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(ConferenceBridgeOptions), validation.Failures);
        }

        _options = options;
        _ports = new RtpPortAllocator(options.BindAddress, options.PortRangeStart, options.PortRangeEnd);
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger<ConferenceBridge>.Instance;
    }

    /// <summary>
    /// Joins <paramref name="participantId"/> to the room (opening it if needed) and returns the SDP answer.
    /// Joining again with a new offer re-negotiates: same port, new codec, direction or address.
    /// </summary>
    /// <exception cref="MediaOfferRejectedException">The offer has no usable audio; nothing changed.</exception>
    /// <exception cref="MediaPortsExhaustedException">No port of the range is free.</exception>
    public async Task<string> JoinAsync(string roomId, string participantId, string offerSdp, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(roomId);
        ArgumentException.ThrowIfNullOrEmpty(participantId);
        var offer = AudioOfferNegotiator.Negotiate(offerSdp);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var participant = JoinLocked(roomId, participantId, offer.Audio);
            return AudioAnswerWriter.Write(offer, _options.EffectiveAdvertisedAddress, participant.Port, participant.SessionId,
                participant.NextAnswerVersion(), _options.Packetization);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Removes the participant; when this completes its socket is closed and its port free. No-op if absent.</summary>
    public async Task LeaveAsync(string roomId, string participantId, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_rooms.TryGetValue(roomId, out var room))
            {
                return;
            }

            var port = room.Find(participantId)?.Port;
            if (await room.RemoveAsync(participantId))
            {
                Log.Left(_logger, participantId, roomId, port ?? 0);
            }

            if (room.IsEmpty)
            {
                await CloseLockedAsync(room);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Removes every participant and stops the room's mixing. No-op if the room does not exist.</summary>
    public async Task CloseRoomAsync(string roomId, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_rooms.TryGetValue(roomId, out var room))
            {
                await CloseLockedAsync(room);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The participants of the room in join order; empty when the room does not exist.</summary>
    public IReadOnlyList<string> Participants(string roomId) =>
        _rooms.TryGetValue(roomId, out var room) ? room.ParticipantIds : [];

    /// <summary>The ids of the open rooms.</summary>
    public IReadOnlyList<string> Rooms => [.. _rooms.Keys];

    /// <summary>Counters of the room and its participants; null when the room does not exist.</summary>
    public RoomStats? GetRoomStats(string roomId) => _rooms.TryGetValue(roomId, out var room) ? room.Snapshot() : null;

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            foreach (var room in _rooms.Values)
            {
                await CloseLockedAsync(room);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private ConferenceParticipant JoinLocked(string roomId, string participantId, NegotiatedAudio audio)
    {
        var opened = !_rooms.TryGetValue(roomId, out var room);
        room ??= new ConferenceRoom(roomId, _options, _time, _logger);
        if (room.Find(participantId) is { } existing)
        {
            existing.Update(audio);
            Log.Updated(_logger, participantId, roomId, audio.Law, audio.RemoteEndPoint);
            return existing;
        }

        // Binding first: when the range is exhausted nothing has changed yet.
        var participant = new ConferenceParticipant(participantId, roomId, _ports.Bind(), _ports, audio, _options, _time, _logger);
        room.Add(participant);
        participant.Start();
        if (opened)
        {
            _rooms[roomId] = room;
            room.Start();
            Log.RoomOpened(_logger, roomId);
        }

        Log.Joined(_logger, participantId, roomId, participant.Port, audio.Law, audio.RemoteEndPoint);
        return participant;
    }

    private async Task CloseLockedAsync(ConferenceRoom room)
    {
        _rooms.TryRemove(room.Id, out _);
        await room.DisposeAsync();
        Log.RoomClosed(_logger, room.Id);
    }
}
