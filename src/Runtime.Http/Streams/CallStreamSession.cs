using System.IO.Pipelines;
using System.Threading.Channels;
using Voice.Runtime.Http.Wire;
using Voice.Runtime.Remoting;

namespace Voice.Runtime.Http.Streams;

/// <summary>
/// Server end of one call stream: answers are queued as calls complete (in any order) and one writer loop copies
/// whatever is queued into the response body before each flush. The response ends once reading has stopped and
/// every call read has been answered.
/// </summary>
internal sealed class CallStreamSession(PipeWriter body, CancellationToken aborted)
{
    private readonly Channel<Answer> _answers = Channel.CreateUnbounded<Answer>(new UnboundedChannelOptions { SingleReader = true });

    // One reference for the reading side plus one per call in flight.
    private int _outstanding = 1;

    public CancellationToken Aborted => aborted;

    public void Post(long callId, byte marker, ReadOnlyMemory<byte> payload) => _answers.Writer.TryWrite(new Answer(callId, marker, payload));

    /// <summary>Answers the call when the runtime's task completes.</summary>
    public void Track(long callId, Task<RemoteGrainResponse> handling)
    {
        if (handling.IsCompletedSuccessfully)
        {
            PostResponse(callId, handling.Result);
            return;
        }

        Interlocked.Increment(ref _outstanding);
        _ = AnswerWhenDoneAsync(callId, handling);
    }

    public void ReadingEnded() => Release();

    public async Task RunWriterAsync()
    {
        var reader = _answers.Reader;
        while (await reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            while (reader.TryRead(out var answer))
            {
                var total = CallStreamFrame.HeaderLength + 1 + answer.Payload.Length;
                var span = body.GetSpan(total);
                CallStreamFrame.WriteHeader(span, total, answer.CallId);
                span[CallStreamFrame.HeaderLength] = answer.Marker;
                answer.Payload.Span.CopyTo(span[(CallStreamFrame.HeaderLength + 1)..]);
                body.Advance(total);
            }

            var flushed = await body.FlushAsync(aborted).ConfigureAwait(false);
            if (flushed.IsCompleted || flushed.IsCanceled)
            {
                return;
            }
        }
    }

    private void PostResponse(long callId, RemoteGrainResponse response)
    {
        if (response.Error is { } error)
        {
            Post(callId, RemoteCallFrame.ErrorMarker, RemoteCallFrame.SerializeError(error));
        }
        else
        {
            Post(callId, RemoteCallFrame.ResultMarker, response.Result);
        }
    }

    private async Task AnswerWhenDoneAsync(long callId, Task<RemoteGrainResponse> handling)
    {
        try
        {
            // HandleRemoteCallAsync turns every grain failure into a response; only cancellation can escape.
            PostResponse(callId, await handling.ConfigureAwait(false));
        }
        catch (OperationCanceledException ex)
        {
            PostResponse(callId, RemoteGrainResponse.FromException(ex));
        }
        finally
        {
            Release();
        }
    }

    private void Release()
    {
        if (Interlocked.Decrement(ref _outstanding) == 0)
        {
            _answers.Writer.TryComplete();
        }
    }

    private readonly record struct Answer(long CallId, byte Marker, ReadOnlyMemory<byte> Payload);
}
