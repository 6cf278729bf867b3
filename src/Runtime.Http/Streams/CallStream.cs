using System.Collections.Concurrent;
using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using System.Net;
using System.Threading.Channels;
using Voice.Runtime.Http.Wire;

namespace Voice.Runtime.Http.Streams;

/// <summary>
/// Client end of one call stream to one node: a single long-lived HTTP/2 request carrying call frames, whose
/// response carries the answers by call id. Once broken (connection refused, stream ended) it fails every pending
/// call and is replaced by a new one.
/// </summary>
internal sealed class CallStream : IDisposable
{
    private readonly Channel<PooledBufferWriter> _outgoing = Channel.CreateUnbounded<PooledBufferWriter>(new UnboundedChannelOptions { SingleReader = false });
    private readonly ConcurrentDictionary<long, TaskCompletionSource<byte[]>> _pending = new();
    private readonly CancellationTokenSource _closing = new();
    private volatile Exception? _failure;

    public CallStream(HttpClient client, Uri endpoint) => _ = RunAsync(client, endpoint);

    public bool IsBroken => _failure is not null;

    /// <summary>Queues the frame (ownership passes to the stream) and waits for its answer body.</summary>
    public async Task<byte[]> CallAsync(PooledBufferWriter frame, long callId, CancellationToken cancellationToken)
    {
        // Continuations run on the reader loop: they only decode the answer and complete the runtime's call object
        // (whose own continuations are asynchronous), which saves a thread-pool hop per call.
        var answer = new TaskCompletionSource<byte[]>(TaskCreationOptions.None);
        _pending[callId] = answer;

        // Checked after registering: a failure recorded earlier is seen here, a later one fails the pending entry.
        if (_failure is not null || !_outgoing.Writer.TryWrite(frame))
        {
            _pending.TryRemove(callId, out _);
            frame.Dispose();
            throw NotSent(_failure ?? new ObjectDisposedException(nameof(CallStream)));
        }

        try
        {
            return await answer.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _pending.TryRemove(callId, out _);
        }
    }

    public void Dispose()
    {
        _outgoing.Writer.TryComplete();
        _closing.Cancel();
    }

    private async Task RunAsync(HttpClient client, Uri endpoint)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
            {
                Version = HttpVersion.Version20,
                VersionPolicy = HttpVersionPolicy.RequestVersionExact,
                Content = new CallStreamContent(_outgoing.Reader),
            };
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, _closing.Token).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new HttpRequestException($"The node refused the call stream with HTTP {(int)response.StatusCode}.", null, response.StatusCode);
            }

            var body = await response.Content.ReadAsStreamAsync(_closing.Token).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                await ReadAnswersAsync(PipeReader.Create(body)).ConfigureAwait(false);
            }

            Fail(new IOException($"The call stream to {endpoint} ended; calls without an answer may or may not have run."));
        }
        catch (Exception ex)
        {
            Fail(ex);
        }
    }

    private async Task ReadAnswersAsync(PipeReader reader)
    {
        while (true)
        {
            var result = await reader.ReadAsync(_closing.Token).ConfigureAwait(false);
            var buffer = result.Buffer;
            while (CallStreamFrame.TryRead(ref buffer, out var callId, out var body))
            {
                if (_pending.TryGetValue(callId, out var answer))
                {
                    answer.TrySetResult(body.ToArray());
                }
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
            if (result.IsCompleted)
            {
                await reader.CompleteAsync().ConfigureAwait(false);
                return;
            }
        }
    }

    private static CallNotSentException NotSent(Exception failure) => new("The call stream failed before the call was sent: " + failure.Message, failure);

    private void Fail(Exception failure)
    {
        _failure = failure;
        _outgoing.Writer.TryComplete();
        while (_outgoing.Reader.TryRead(out var unsent))
        {
            // Still queued, so never written: those calls fail as "not sent", which the invoker may retry.
            var callId = BinaryPrimitives.ReadInt64BigEndian(unsent.Buffer.AsSpan(4));
            unsent.Dispose();
            if (_pending.TryGetValue(callId, out var queued))
            {
                queued.TrySetException(NotSent(failure));
            }
        }

        // A cancellation inside HttpClient (stream reset, connection torn down) is not the caller's cancellation: shown
        // as such it would escape as OperationCanceledException, which callers rightly treat as "I cancelled" and let
        // through (at start-up it ended the process). It is a broken stream: the call may or may not have run.
        var visible = failure is OperationCanceledException
            ? new IOException("The call stream was torn down; the call may or may not have run.", failure)
            : failure;
        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(visible);
        }
    }
}
