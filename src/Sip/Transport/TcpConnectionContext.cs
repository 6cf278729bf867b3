using Microsoft.Extensions.Logging;

namespace Voice.Sip.Transport;

/// <summary>What every connection of one <see cref="TcpSipTransport"/> shares.</summary>
internal sealed record TcpConnectionContext(ISipPacketSink Sink, ILogger Logger, TimeProvider TimeProvider, Action<TcpSipConnection> OnClosed);
