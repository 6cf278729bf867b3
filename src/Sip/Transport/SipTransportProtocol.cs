namespace Voice.Sip.Transport;

public enum SipTransportProtocol
{
    Udp,
    Tcp,
    Tls,
}
