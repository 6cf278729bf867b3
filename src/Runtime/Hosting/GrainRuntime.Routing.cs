using System.Buffers;
using System.Text.Json;
using Voice.Runtime.Invocation;
using Voice.Runtime.Placement;
using Voice.Runtime.Remoting;

namespace Voice.Runtime.Hosting;

public sealed partial class GrainRuntime
{
    /// <summary>
    /// Entry point of a call from another node: rebuilds the typed call from JSON, runs it here (or forwards it if the
    /// slot moved on), and answers with the JSON result or the grain's error as text.
    /// </summary>
    public async Task<RemoteGrainResponse> HandleRemoteCallAsync(RemoteGrainRequest request, CancellationToken cancellationToken = default)
    {
        GrainCall call;
        try
        {
            if (!GrainInterfaceRegistry.TryGetByName(request.InterfaceName, out var descriptor))
            {
                throw new InvalidOperationException($"Unknown grain interface '{request.InterfaceName}'.");
            }

            call = descriptor.Invoker.ReadCall(request.MethodId, request.Arguments.Span, JsonOptions);
            call.TargetId = request.GrainId;
            call.Descriptor = descriptor;
            call.Chain = CallChain.Parse(request.CallChainId);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException)
        {
            return RemoteGrainResponse.FromException(ex);
        }

        Route(call);
        try
        {
            await call.Completion.WaitAsync(cancellationToken).ConfigureAwait(false);
            return new RemoteGrainResponse(call.SerializeResult(JsonOptions), null);
        }
        catch (Exception ex)
        {
            return RemoteGrainResponse.FromException(ex);
        }
    }

    // About one lease renew interval apart at most: an owner appears within a few of them.
    private static readonly TimeSpan PlacementRetryPause = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan MaxPlacementRetryPause = TimeSpan.FromMilliseconds(500);

    /// <summary>Sends a call to its grain: the local activation (created on demand) or the owning node.</summary>
    internal void Route(GrainCall call)
    {
        try
        {
            RouteOnce(call);
        }
        catch (PlacementUnavailableException ex)
        {
            // Between an owner's death and the next lease holder, or during a handover: wait for an owner rather
            // than fail a call that a moment later would succeed (bounded by the call timeout).
            Log.WaitingForOwner(Logger, call.TargetId, ex.Message);
            _ = RouteWhenPlacedAsync(call, TimeProvider.GetTimestamp());
        }
        catch (Exception ex)
        {
            call.Fail(ex);
        }
    }

    private async Task RouteWhenPlacedAsync(GrainCall call, long firstFailure)
    {
        var pause = PlacementRetryPause;
        while (true)
        {
            await Task.Delay(pause, TimeProvider).ConfigureAwait(false);
            if (call.Completion.IsCompleted)
            {
                return;
            }

            try
            {
                RouteOnce(call);
                return;
            }
            catch (PlacementUnavailableException) when (TimeProvider.GetElapsedTime(firstFailure) < Options.CallTimeout)
            {
                pause = pause * 2 < MaxPlacementRetryPause ? pause * 2 : MaxPlacementRetryPause;
            }
            catch (PlacementUnavailableException)
            {
                // Out of time: the same outcome as any call that outlived its timeout, whichever side notices first.
                var method = call.Descriptor?.Invoker.GetMethodName(call.MethodId) ?? call.MethodId.ToString(System.Globalization.CultureInfo.InvariantCulture);
                call.Fail(new GrainCallTimeoutException(call.TargetId, method, Options.CallTimeout));
                return;
            }
            catch (Exception ex)
            {
                call.Fail(ex);
                return;
            }
        }
    }

    private void RouteOnce(GrainCall call)
    {
        var placement = _placement.Place(call.TargetId);
        if (!Options.ClientOnly && string.Equals(placement.Owner.NodeId, NodeId, StringComparison.Ordinal))
        {
            GetOrCreateActivation(call.TargetId, placement).Submit(call);
        }
        else
        {
            _ = SendRemoteAsync(call, placement.Owner);
        }
    }

    internal Task<T> WithTimeout<T>(Task<T> task, GrainId grainId, GrainInterfaceDescriptor descriptor, int methodId)
        => task.IsCompleted ? task : AwaitWithTimeoutAsync(task, grainId, descriptor, methodId);

    internal Task WithTimeout(Task task, GrainId grainId, GrainInterfaceDescriptor descriptor, int methodId)
        => task.IsCompleted ? task : AwaitWithTimeoutAsync(task, grainId, descriptor, methodId);

    private async Task<T> AwaitWithTimeoutAsync<T>(Task<T> task, GrainId grainId, GrainInterfaceDescriptor descriptor, int methodId)
    {
        try
        {
            return await task.WaitAsync(Options.CallTimeout, TimeProvider).ConfigureAwait(false);
        }
        catch (TimeoutException) when (!task.IsCompleted)
        {
            throw new GrainCallTimeoutException(grainId, descriptor.Invoker.GetMethodName(methodId), Options.CallTimeout);
        }
    }

    private async Task AwaitWithTimeoutAsync(Task task, GrainId grainId, GrainInterfaceDescriptor descriptor, int methodId)
    {
        try
        {
            await task.WaitAsync(Options.CallTimeout, TimeProvider).ConfigureAwait(false);
        }
        catch (TimeoutException) when (!task.IsCompleted)
        {
            throw new GrainCallTimeoutException(grainId, descriptor.Invoker.GetMethodName(methodId), Options.CallTimeout);
        }
    }

    private async Task SendRemoteAsync(GrainCall call, SlotOwnership owner)
    {
        try
        {
            if (_remoteInvoker is null)
            {
                throw new InvalidOperationException($"Grain {call.TargetId} is owned by node '{owner.NodeId}' but no IRemoteGrainInvoker is registered.");
            }

            Log.Forwarding(Logger, call.TargetId, owner.NodeId);
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                call.WriteArguments(writer, JsonOptions);
            }

            var request = new RemoteGrainRequest(owner.NodeId, call.TargetId, call.Descriptor!.InterfaceName, call.MethodId, buffer.WrittenMemory, call.Chain!.ToString());
            var response = await _remoteInvoker.InvokeAsync(request, StoppingToken).ConfigureAwait(false);
            call.CompleteFromRemote(response, JsonOptions);
        }
        catch (Exception ex)
        {
            call.Fail(ex);
        }
    }
}
