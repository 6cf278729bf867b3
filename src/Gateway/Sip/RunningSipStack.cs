using Microsoft.Extensions.Options;
using Voice.Sip.Transaction;
using Voice.Sip.Transport;

namespace Voice.Gateway.Sip;

/// <summary>
/// The node's running SIP transport and transaction layer, published by <see cref="SipGatewayService"/> when it starts.
/// Parts that send on their own (the call legs) read it from here, so they need not depend on the service that
/// depends on them.
/// </summary>
public sealed class RunningSipStack(IOptions<SipGatewayOptions> options)
{
    public SipGatewayOptions Options => options.Value;

    public SipTransportLayer Transport => TransportOrNull ?? throw new InvalidOperationException("the SIP stack is not running");

    public SipTransactionLayer Transactions => TransactionsOrNull ?? throw new InvalidOperationException("the SIP stack is not running");

    internal SipTransportLayer? TransportOrNull { get; set; }

    internal SipTransactionLayer? TransactionsOrNull { get; set; }
}
