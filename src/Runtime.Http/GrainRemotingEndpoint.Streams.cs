using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;
using Voice.Runtime.Http.Streams;
using Voice.Runtime.Http.Wire;
using Voice.Runtime.Placement;
using Voice.Runtime.Remoting;

namespace Voice.Runtime.Http;

public sealed partial class GrainRemotingEndpoint
{
    /// <summary>
    /// A call stream: reads call frames until the caller ends its request body (or this node stops), runs each,
    /// and answers each by call id as soon as it completes. A frame for a slot owned elsewhere gets the 'M' marker
    /// with the owner this node believes in (the stream counterpart of HTTP 421).
    /// </summary>
    public async Task HandleStreamAsync(HttpContext context)
    {
        AllowLongLivedBody(context);
        context.Response.ContentType = CallStreamContentType;
        await context.Response.StartAsync(context.RequestAborted).ConfigureAwait(false);
        var session = new CallStreamSession(context.Response.BodyWriter, context.RequestAborted);
        var writing = session.RunWriterAsync();
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime?.ApplicationStopping ?? default);
        try
        {
            await ReadFramesAsync(context.Request.BodyReader, session, stopReading.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or InvalidDataException)
        {
            // Caller gone, node stopping, or a corrupt stream: answer what was read, then end the response.
        }

        session.ReadingEnded();
        try
        {
            await writing.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The caller went away while answers were being written.
        }
    }

    private const string CallStreamContentType = "application/x-voice-grain-stream";

    private static void AllowLongLivedBody(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = null;
        }

        if (context.Features.Get<IHttpMinRequestBodyDataRateFeature>() is { } requestRate)
        {
            requestRate.MinDataRate = null;
        }

        if (context.Features.Get<IHttpMinResponseDataRateFeature>() is { } responseRate)
        {
            responseRate.MinDataRate = null;
        }
    }

    private async Task ReadFramesAsync(PipeReader reader, CallStreamSession session, CancellationToken stopReading)
    {
        while (true)
        {
            var result = await reader.ReadAsync(stopReading).ConfigureAwait(false);
            var buffer = result.Buffer;
            while (CallStreamFrame.TryRead(ref buffer, out var callId, out var body))
            {
                Dispatch(callId, body, session);
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
            if (result.IsCompleted)
            {
                return;
            }
        }
    }

    private void Dispatch(long callId, ReadOnlySequence<byte> body, CallStreamSession session)
    {
        byte[]? rented = null;
        ReadOnlyMemory<byte> frame;
        if (body.IsSingleSegment)
        {
            frame = body.First;
        }
        else
        {
            rented = ArrayPool<byte>.Shared.Rent((int)body.Length);
            body.CopyTo(rented);
            frame = rented.AsMemory(0, (int)body.Length);
        }

        try
        {
            DispatchFrame(callId, frame, session);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private void DispatchFrame(long callId, ReadOnlyMemory<byte> frame, CallStreamSession session)
    {
        if (!RemoteCallFrame.TryReadRequest(frame.Span, out var envelope, out var argumentsOffset))
        {
            Log.RejectedRequest(logger, "malformed call frame on a call stream");
            session.Post(callId, RemoteCallFrame.ErrorMarker, RemoteCallFrame.SerializeError(
                new RemoteGrainError(typeof(InvalidDataException).FullName!, "Malformed grain call frame.", null)));
            return;
        }

        var grainId = new GrainId(envelope.GrainType, envelope.GrainKey);
        var owner = slotTable.GetOwner(SlotHasher.GetSlot(grainId));
        if (!IsMine(owner, envelope))
        {
            Interlocked.Increment(ref _misdirectedAnswers);
            Log.AnsweredMisdirected(logger, grainId, runtime.NodeId, owner.NodeId, owner.Epoch);
            session.Post(callId, RemoteCallFrame.MisdirectedMarker, JsonSerializer.SerializeToUtf8Bytes(
                new MisdirectedCallAnswer(owner.NodeId, owner.Epoch), RemotingJsonContext.Default.MisdirectedCallAnswer));
            return;
        }

        var request = new RemoteGrainRequest(
            envelope.TargetNodeId, grainId, envelope.InterfaceName, envelope.MethodId, frame[argumentsOffset..], envelope.CallChainId);

        Interlocked.Increment(ref _callsServed);

        // The runtime reads the arguments before its first await: the frame's memory may be reused afterwards.
        session.Track(callId, runtime.HandleRemoteCallAsync(request, session.Aborted));
    }
}
