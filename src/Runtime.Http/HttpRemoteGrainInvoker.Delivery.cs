using System.Text.Json;
using Voice.Runtime.Http.Streams;
using Voice.Runtime.Http.Wire;
using Voice.Runtime.Placement;
using Voice.Runtime.Remoting;

namespace Voice.Runtime.Http;

public sealed partial class HttpRemoteGrainInvoker
{
    private async Task<RemoteGrainResponse> DeliverAsync(RemoteGrainRequest request, long started, CancellationToken deadline)
    {
        var slot = SlotHasher.GetSlot(request.GrainId);
        var target = request.TargetNodeId;
        for (var attempt = 1; ; attempt++)
        {
            var remaining = _callTimeout - _timeProvider.GetElapsedTime(started);
            var outcome = await SendOnceAsync(request, target, remaining, deadline).ConfigureAwait(false);
            if (outcome.Response is { } response)
            {
                return response;
            }

            string next;
            string reason;
            if (outcome.Misdirected is { } answer)
            {
                Interlocked.Increment(ref _misdirectedCount);
                next = NextTarget(slot, target, answer.OwnerNodeId);
                reason = $"node '{target}' does not own the grain's slot (it names '{answer.OwnerNodeId}', epoch {answer.Epoch}).";
                Log.Misdirected(_logger, request.GrainId, target, next, attempt);
            }
            else
            {
                Interlocked.Increment(ref _unreachableCount);
                next = NextTarget(slot, target, hint: null);
                reason = $"node '{target}' is unreachable ({outcome.Failure!.Message}).";
                Log.Unreachable(_logger, request.GrainId, target, attempt, outcome.Failure.Message);
            }

            if (attempt >= _options.MaxAttempts)
            {
                Log.GaveUp(_logger, request.GrainId, attempt, target);
                throw new RemoteGrainRoutingException(request.GrainId, MethodName(request), target, attempt, reason, outcome.Failure);
            }

            // A misdirection that names a new owner is retried at once; anything else waits a little first.
            if (outcome.Failure is not null || string.Equals(next, target, StringComparison.Ordinal))
            {
                await Task.Delay(Backoff(attempt), _timeProvider, deadline).ConfigureAwait(false);
            }

            target = next;
        }
    }

    /// <summary>The slot table's owner, unless it still names the node that refused or failed: then the hint.</summary>
    private string NextTarget(int slot, string failedNode, string? hint)
    {
        var owner = _slotTable.GetOwner(slot).NodeId;
        return string.Equals(owner, failedNode, StringComparison.Ordinal) && hint is not null ? hint : owner;
    }

    private TimeSpan Backoff(int attempt)
    {
        var pause = _options.InitialBackoff * Math.Pow(2, attempt - 1);
        return pause < _options.MaxBackoff ? pause : _options.MaxBackoff;
    }

    private async Task<AttemptOutcome> SendOnceAsync(RemoteGrainRequest request, string target, TimeSpan remaining, CancellationToken deadline)
    {
        if (!_addressBook.TryGetAddress(target, out var baseAddress))
        {
            return new AttemptOutcome(null, null, new InvalidOperationException($"no address is known for node '{target}'"));
        }

        var endpoint = _endpoints.GetOrAdd(baseAddress, static (b, path) => new Uri(b, path), _options.StreamPath);
        var callId = Interlocked.Increment(ref _nextCallId);
        var deadlineMilliseconds = (long)Math.Ceiling(Math.Max(remaining.TotalMilliseconds, 1));
        var frame = RemoteCallFrame.WriteRequest(request, target, deadlineMilliseconds, CallStreamFrame.HeaderLength);
        CallStreamFrame.WriteHeader(frame.Buffer, frame.WrittenCount, callId);
        byte[] answer;
        try
        {
            answer = await StreamTo(endpoint).CallAsync(frame, callId, deadline).ConfigureAwait(false);
        }
        catch (CallNotSentException ex)
        {
            // The stream failed (typically: no connection) before this frame went out: safe to send again.
            return new AttemptOutcome(null, null, ex.InnerException ?? ex);
        }

        if (answer.Length > 0 && answer[0] == RemoteCallFrame.MisdirectedMarker)
        {
            var misdirected = JsonSerializer.Deserialize(answer.AsSpan(1), RemotingJsonContext.Default.MisdirectedCallAnswer)
                ?? throw new JsonException("Misdirected answer without an owner.");
            return new AttemptOutcome(null, misdirected, null);
        }

        return new AttemptOutcome(RemoteCallFrame.ReadResponse(answer), null, null);
    }

    private readonly record struct AttemptOutcome(RemoteGrainResponse? Response, MisdirectedCallAnswer? Misdirected, Exception? Failure);
}
