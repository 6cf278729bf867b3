using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Voice.Runtime.Events;

namespace Voice.Silo.Endpoints;

/// <summary>
/// Writes one event topic as a <c>text/event-stream</c> until the client goes away or the node stops. Each entry is
/// <c>id: &lt;position&gt;</c>, <c>event: &lt;topic&gt;</c>, <c>data: {"key","seq","position","event"}</c> with the
/// stored payload embedded as JSON; an idle stream gets <c>: keepalive</c> every <paramref name="keepAlive"/>.
/// </summary>
internal sealed class EventStreamResult(IEventLog log, string topic, long fromPosition, TimeSpan keepAlive, CancellationToken nodeStopping) : IResult
{
    private static ReadOnlySpan<byte> KeepAliveComment => ": keepalive\n\n"u8;
    private static ReadOnlySpan<byte> EventEnd => "\n\n"u8;
    private const int MaxUnflushedEvents = 64;
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        // Reverse proxies (nginx) buffer responses unless told not to: an event must reach the reader when it happens.
        response.Headers["X-Accel-Buffering"] = "no";
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted, nodeStopping);
        try
        {
            await StreamAsync(response.BodyWriter, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The client disconnected or the node is stopping: the stream simply ends.
        }
    }

    private async Task StreamAsync(PipeWriter output, CancellationToken cancellationToken)
    {
        // Send the headers now: a reader learns the stream is open before the first event arrives.
        if (!await FlushAsync(output, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        await using var json = new Utf8JsonWriter(output, JsonOptions);
        // The tail gets its own token so that leaving for any reason (not only cancellation) can stop a pending read.
        using var tailStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var events = log.TailAsync(topic, fromPosition, tailStop.Token).GetAsyncEnumerator(tailStop.Token);
        Task<bool>? pending = null;
        var unflushed = 0;
        try
        {
            var keepAliveDue = Task.Delay(keepAlive, cancellationToken);
            while (true)
            {
                var move = events.MoveNextAsync();
                bool hasNext;
                if (move.IsCompleted)
                {
                    // A backlog is flushed in batches, not per entry; flushing also applies the client's backpressure.
                    hasNext = move.Result;
                    if (++unflushed >= MaxUnflushedEvents)
                    {
                        unflushed = 0;
                        if (!await FlushAsync(output, cancellationToken).ConfigureAwait(false))
                        {
                            return;
                        }
                    }
                }
                else
                {
                    pending = move.AsTask();
                    unflushed = 0;
                    if (!await FlushAsync(output, cancellationToken).ConfigureAwait(false))
                    {
                        return;
                    }

                    while (await Task.WhenAny(pending, keepAliveDue).ConfigureAwait(false) != pending)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        output.Write(KeepAliveComment);
                        if (!await FlushAsync(output, cancellationToken).ConfigureAwait(false))
                        {
                            return;
                        }

                        keepAliveDue = Task.Delay(keepAlive, cancellationToken);
                    }

                    hasNext = await pending.ConfigureAwait(false);
                    pending = null;
                }

                if (!hasNext)
                {
                    await FlushAsync(output, cancellationToken).ConfigureAwait(false);
                    return;
                }

                WriteEvent(output, json, events.Current);
            }
        }
        finally
        {
            // An async iterator cannot be disposed while a MoveNextAsync is in flight: cancel it and let it finish first.
            if (pending is not null)
            {
                await tailStop.CancelAsync().ConfigureAwait(false);
                await pending.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            }

            await events.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void WriteEvent(PipeWriter output, Utf8JsonWriter json, EventLogEntry entry)
    {
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"id: {entry.Position}\nevent: {topic}\ndata: "), output);
        json.Reset(output);
        json.WriteStartObject();
        json.WriteString("key", entry.Key);
        json.WriteNumber("seq", entry.Sequence);
        json.WriteNumber("position", entry.Position);
        json.WritePropertyName("event");
        WritePayload(json, entry.Payload);
        json.WriteEndObject();
        json.Flush();
        output.Write(EventEnd);
    }

    private static void WritePayload(Utf8JsonWriter json, string payload)
    {
        // A data line ends at a line break. In valid JSON line breaks can only be whitespace between tokens (inside
        // strings they are escaped), so turning them into spaces keeps the event on one line and the JSON unchanged.
        var oneLine = payload.AsSpan().ContainsAny('\r', '\n') ? payload.Replace('\r', ' ').Replace('\n', ' ') : payload;
        try
        {
            json.WriteRawValue(oneLine, skipInputValidation: false);
        }
        catch (JsonException)
        {
            // Grains store JSON; should anything else be in the log, deliver it as a string rather than break the stream.
            json.WriteStringValue(payload);
        }
    }

    /// <summary>Flushes; false when the client has gone (the stream should end).</summary>
    private static async ValueTask<bool> FlushAsync(PipeWriter output, CancellationToken cancellationToken)
    {
        var result = await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return !result.IsCompleted && !result.IsCanceled;
    }
}
