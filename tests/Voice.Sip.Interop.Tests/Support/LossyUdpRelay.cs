using System.Net;
using System.Net.Sockets;

namespace Voice.Sip.Interop.Tests.Support;

/// <summary>
/// A UDP relay between a client and a server on loopback that can drop chosen datagrams, so a test can
/// lose one response deterministically and watch the sender's retransmission timers recover it.
/// </summary>
public sealed class LossyUdpRelay : IAsyncDisposable
{
    private readonly Socket _clientSide;
    private readonly Socket _serverSide;
    private readonly IPEndPoint _server;
    private readonly Func<byte[], bool> _dropFromServer;
    private readonly Func<byte[], bool> _dropFromClient;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _upstream;
    private readonly Task _downstream;
    private EndPoint? _client;
    private int _droppedFromServer;
    private int _droppedFromClient;
    private int _fromClient;

    public LossyUdpRelay(IPEndPoint server, Func<byte[], bool>? dropFromServer = null, Func<byte[], bool>? dropFromClient = null)
    {
        _server = server;
        _dropFromServer = dropFromServer ?? (_ => false);
        _dropFromClient = dropFromClient ?? (_ => false);
        _clientSide = Bind();
        _serverSide = Bind();
        _upstream = Task.Run(UpstreamAsync);
        _downstream = Task.Run(DownstreamAsync);
    }

    /// <summary>The address clients send to.</summary>
    public IPEndPoint ListenAddress => (IPEndPoint)_clientSide.LocalEndPoint!;

    public int DroppedFromServer => Volatile.Read(ref _droppedFromServer);

    public int DroppedFromClient => Volatile.Read(ref _droppedFromClient);

    public int DatagramsFromClient => Volatile.Read(ref _fromClient);

    /// <summary>Datagrams the client sent, in order, decoded as text (for asserting retransmissions).</summary>
    public List<string> ClientMessages { get; } = [];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _clientSide.Dispose();
        _serverSide.Dispose();
        await Task.WhenAll(_upstream.ContinueWith(_ => { }, TaskScheduler.Default), _downstream.ContinueWith(_ => { }, TaskScheduler.Default));
        _stop.Dispose();
    }

    private static Socket Bind()
    {
        var s = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        s.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return s;
    }

    private async Task UpstreamAsync()
    {
        var buffer = new byte[65536];
        while (!_stop.IsCancellationRequested)
        {
            var r = await _clientSide.ReceiveFromAsync(buffer, new IPEndPoint(IPAddress.Any, 0), _stop.Token);
            _client = r.RemoteEndPoint;
            Interlocked.Increment(ref _fromClient);
            lock (ClientMessages)
            {
                ClientMessages.Add(System.Text.Encoding.UTF8.GetString(buffer, 0, r.ReceivedBytes));
            }

            if (_dropFromClient(buffer.AsSpan(0, r.ReceivedBytes).ToArray()))
            {
                Interlocked.Increment(ref _droppedFromClient);
                continue;
            }

            await _serverSide.SendToAsync(buffer.AsMemory(0, r.ReceivedBytes), _server, _stop.Token);
        }
    }

    private async Task DownstreamAsync()
    {
        var buffer = new byte[65536];
        while (!_stop.IsCancellationRequested)
        {
            var r = await _serverSide.ReceiveFromAsync(buffer, new IPEndPoint(IPAddress.Any, 0), _stop.Token);
            var datagram = buffer.AsSpan(0, r.ReceivedBytes).ToArray();
            if (_dropFromServer(datagram))
            {
                Interlocked.Increment(ref _droppedFromServer);
                continue;
            }

            if (_client is { } client)
            {
                await _clientSide.SendToAsync(datagram, client, _stop.Token);
            }
        }
    }
}
