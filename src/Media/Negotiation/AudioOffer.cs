using Voice.Sip.Sdp;

namespace Voice.Media.Negotiation;

/// <summary>An offer the bridge can answer: the parsed description, which m= line it accepts and on what terms.</summary>
/// <param name="TelephoneEventFormat">The offer's fmtp for the telephone-event payload type, echoed in the answer.</param>
public sealed record AudioOffer(SessionDescription Description, int MediaIndex, NegotiatedAudio Audio, string? TelephoneEventFormat);
