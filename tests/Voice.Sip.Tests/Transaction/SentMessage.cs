using Voice.Sip.Message;
using Voice.Sip.Transport;

namespace Voice.Sip.Tests.Transaction;

internal sealed record SentMessage(SipMessage Message, SipEndPoint Destination, TimeSpan At);
