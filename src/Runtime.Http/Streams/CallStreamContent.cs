using System.Net;
using System.Threading.Channels;
using Voice.Runtime.Http.Wire;

namespace Voice.Runtime.Http.Streams;

/// <summary>
/// The request body of a call stream: writes queued call frames as they arrive, coalescing whatever is queued into
/// one write and one flush.
/// </summary>
internal sealed class CallStreamContent(ChannelReader<PooledBufferWriter> frames) : HttpContent
{
    private const int MaxBatchBytes = 64 * 1024;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        using var batch = new PooledBufferWriter(MaxBatchBytes);
        while (await frames.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (batch.WrittenCount < MaxBatchBytes && frames.TryRead(out var frame))
            {
                frame.WrittenMemory.Span.CopyTo(batch.GetSpan(frame.WrittenCount));
                batch.Advance(frame.WrittenCount);
                frame.Dispose();
            }

            await stream.WriteAsync(batch.WrittenMemory, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            batch.Clear();
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
