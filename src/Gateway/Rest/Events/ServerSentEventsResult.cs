using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Voice.Runtime.Events;

namespace Voice.Gateway.Rest.Events;

/// <summary>
/// Streams the entries of one topic that <paramref name="audience"/> may see as <c>text/event-stream</c>: each is
/// <c>id: &lt;position&gt;</c> (so an EventSource resumes with Last-Event-ID), <c>event: &lt;topic&gt;</c> and
/// <c>data: &lt;envelope&gt;</c>; an idle stream gets a <c>: keepalive</c> comment. Ends when the client leaves or
/// the node stops.
/// </summary>
internal sealed class ServerSentEventsResult(IEventLog log, string topic, long fromPosition, EventAudience audience, TimeSpan keepAlive, CancellationToken nodeStopping) : IResult
{
    private static readonly byte[] KeepAliveComment = ": keepalive\n\n"u8.ToArray();

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        // Reverse proxies (nginx) buffer unless told not to: an event must reach the desktop when it happens.
        response.Headers["X-Accel-Buffering"] = "no";
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted, nodeStopping);
        using var gate = new SemaphoreSlim(1, 1);
        Task keepAliveLoop = Task.CompletedTask;
        try
        {
            await response.StartAsync(stop.Token).ConfigureAwait(false);
            await response.Body.FlushAsync(stop.Token).ConfigureAwait(false);
            keepAliveLoop = KeepAliveAsync(response.Body, gate, stop.Token);
            var buffer = new ArrayBufferWriter<byte>();
            await foreach (var entry in log.TailAsync(topic, fromPosition, stop.Token).ConfigureAwait(false))
            {
                if (!audience.Sees(entry))
                {
                    continue;
                }

                buffer.ResetWrittenCount();
                Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"id: {entry.Position}\nevent: {topic}\ndata: "), buffer);
                EventEnvelope.Write(buffer, entry);
                buffer.Write("\n\n"u8);
                await WriteAsync(response.Body, gate, buffer.WrittenMemory, stop.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client went away or the node is stopping: the stream simply ends.
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await keepAliveLoop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task KeepAliveAsync(Stream body, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(keepAlive);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            await WriteAsync(body, gate, KeepAliveComment, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task WriteAsync(Stream body, SemaphoreSlim gate, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await body.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            await body.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }
}
