using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Voice.Runtime.Hosting;
using Voice.Runtime.Http.Wire;
using Voice.Runtime.Placement;
using Voice.Runtime.Remoting;

namespace Voice.Runtime.Http;

/// <summary>
/// Server side of node-to-node calls: checks that this node owns the grain's slot (else 421 with the owner it
/// believes in), runs the call through the runtime and answers with the result or the grain's error.
/// </summary>
public sealed partial class GrainRemotingEndpoint(
    GrainRuntime runtime,
    ISlotTable slotTable,
    ILogger<GrainRemotingEndpoint> logger,
    IHostApplicationLifetime? lifetime = null)
{
    private const int MaxBodyBytes = 16 * 1024 * 1024;
    private long _callsServed;
    private long _misdirectedAnswers;

    /// <summary>Calls this node ran (unary and streamed).</summary>
    public long CallsServed => Interlocked.Read(ref _callsServed);

    /// <summary>Calls refused because the slot is owned elsewhere (HTTP 421 or the stream's 'M' answer).</summary>
    public long MisdirectedAnswers => Interlocked.Read(ref _misdirectedAnswers);

    public async Task HandleAsync(HttpContext context)
    {
        var length = context.Request.ContentLength;
        if (length is null or <= 0 or > MaxBodyBytes)
        {
            await RejectAsync(context, "Content-Length is required (and at most 16 MiB).").ConfigureAwait(false);
            return;
        }

        var body = ArrayPool<byte>.Shared.Rent((int)length.Value);
        try
        {
            await context.Request.Body.ReadExactlyAsync(body.AsMemory(0, (int)length.Value), context.RequestAborted).ConfigureAwait(false);
            if (!RemoteCallFrame.TryReadRequest(body.AsSpan(0, (int)length.Value), out var envelope, out var argumentsOffset))
            {
                await RejectAsync(context, "Malformed grain call frame.").ConfigureAwait(false);
                return;
            }

            var grainId = new GrainId(envelope.GrainType, envelope.GrainKey);
            var owner = slotTable.GetOwner(SlotHasher.GetSlot(grainId));
            if (!IsMine(owner, envelope))
            {
                await AnswerMisdirectedAsync(context, grainId, owner).ConfigureAwait(false);
                return;
            }

            var request = new RemoteGrainRequest(
                envelope.TargetNodeId, grainId, envelope.InterfaceName, envelope.MethodId,
                body.AsMemory(argumentsOffset, (int)length.Value - argumentsOffset), envelope.CallChainId);
            // The runtime reads the arguments before its first await, so the pooled body may go back to the pool
            // once this completes. No timer here: when the caller's deadline passes it resets the HTTP/2 stream,
            // which cancels RequestAborted and ends the wait.
            Interlocked.Increment(ref _callsServed);
            var response = await runtime.HandleRemoteCallAsync(request, context.RequestAborted).ConfigureAwait(false);
            await WriteResponseAsync(context, response).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
        {
            // The caller went away (its deadline passed or it shut down): nobody is left to answer.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(body);
        }
    }

    private bool IsMine(SlotOwnership owner, RemoteCallEnvelope envelope)
        => string.Equals(owner.NodeId, runtime.NodeId, StringComparison.Ordinal)
            && string.Equals(envelope.TargetNodeId, runtime.NodeId, StringComparison.Ordinal);

    private async Task AnswerMisdirectedAsync(HttpContext context, GrainId grainId, SlotOwnership owner)
    {
        Interlocked.Increment(ref _misdirectedAnswers);
        Log.AnsweredMisdirected(logger, grainId, runtime.NodeId, owner.NodeId, owner.Epoch);
        context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
        context.Response.ContentType = "application/json";
        var answer = JsonSerializer.SerializeToUtf8Bytes(new MisdirectedCallAnswer(owner.NodeId, owner.Epoch), RemotingJsonContext.Default.MisdirectedCallAnswer);
        context.Response.ContentLength = answer.Length;
        await context.Response.Body.WriteAsync(answer, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task WriteResponseAsync(HttpContext context, RemoteGrainResponse response)
    {
        byte marker;
        ReadOnlyMemory<byte> payload;
        if (response.Error is { } error)
        {
            marker = RemoteCallFrame.ErrorMarker;
            payload = RemoteCallFrame.SerializeError(error);
        }
        else
        {
            marker = RemoteCallFrame.ResultMarker;
            payload = response.Result;
        }

        context.Response.ContentType = RemoteCallFrame.ContentType;
        context.Response.ContentLength = 1 + payload.Length;
        var writer = context.Response.BodyWriter;
        var span = writer.GetSpan(1 + payload.Length);
        span[0] = marker;
        payload.Span.CopyTo(span[1..]);
        writer.Advance(1 + payload.Length);
        await writer.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private async Task RejectAsync(HttpContext context, string reason)
    {
        Log.RejectedRequest(logger, reason);
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await context.Response.WriteAsync(reason, context.RequestAborted).ConfigureAwait(false);
    }
}
