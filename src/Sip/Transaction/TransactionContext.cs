using Microsoft.Extensions.Logging;
using Voice.Sip.Transport;

namespace Voice.Sip.Transaction;

/// <summary>The services every transaction of one layer shares.</summary>
internal sealed record TransactionContext(
    ISipMessageSender Sender,
    SipTransactionOptions Options,
    TimeProvider TimeProvider,
    ILogger Logger,
    ISipTransactionHost Host);
