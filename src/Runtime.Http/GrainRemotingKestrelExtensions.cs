using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Voice.Runtime.Http;

/// <summary>The internal node-to-node listener speaks HTTP/2 only, in cleartext with prior knowledge (h2c).</summary>
public static class GrainRemotingKestrelExtensions
{
    public static KestrelServerOptions ListenForGrainRemoting(this KestrelServerOptions options, IPEndPoint endPoint)
    {
        options.Listen(endPoint, listen => listen.Protocols = HttpProtocols.Http2);

        // Node-to-node traffic multiplexes many calls per connection; the default 100 streams would force extra
        // connections early.
        options.Limits.Http2.MaxStreamsPerConnection = Math.Max(options.Limits.Http2.MaxStreamsPerConnection, 256);
        return options;
    }
}
