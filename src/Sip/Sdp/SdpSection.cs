namespace Voice.Sip.Sdp;

/// <summary>
/// What the session level and each media level share (RFC 4566 §5): i=, c=, b=, k=, ordered a= lines,
/// and lines kept verbatim. Direction attributes are read and written here so media-level values can
/// override the session-level one (RFC 4566 §6).
/// </summary>
public abstract class SdpSection
{
    /// <summary>The <c>i=</c> line, kept as is.</summary>
    public string? Information { get; set; }

    public SdpConnection? Connection { get; set; }

    public List<SdpBandwidth> Bandwidths { get; } = [];

    /// <summary>The <c>k=</c> line (obsolete, RFC 8866 §5.12), kept as is.</summary>
    public string? EncryptionKey { get; set; }

    /// <summary>The <c>a=</c> lines in order.</summary>
    public List<SdpAttribute> Attributes { get; } = [];

    /// <summary>Lines without a field of their own, written back verbatim.</summary>
    public List<SdpLine> OtherLines { get; } = [];

    /// <summary>The direction attribute written in this section, or null when it has none.</summary>
    public SdpDirection? ExplicitDirection
    {
        get
        {
            foreach (var a in Attributes)
            {
                if (a.Value is null && SdpDirections.TryParse(a.Name, out var direction))
                {
                    return direction;
                }
            }

            return null;
        }
    }

    public SdpAttribute? GetAttribute(string name) => Attributes.Find(a => a.Name == name);

    public string? GetAttributeValue(string name) => GetAttribute(name)?.Value;

    public bool HasAttribute(string name) => Attributes.Exists(a => a.Name == name);

    public int RemoveAttributes(string name) => Attributes.RemoveAll(a => a.Name == name);

    /// <summary>
    /// Sets this section's direction, replacing any direction attribute in place (so the attribute order
    /// stays stable across re-offers) or appending one; null removes it.
    /// </summary>
    public void SetDirection(SdpDirection? direction)
    {
        var index = Attributes.FindIndex(a => a.Value is null && SdpDirections.TryParse(a.Name, out _));
        Attributes.RemoveAll(a => a.Value is null && SdpDirections.TryParse(a.Name, out _));
        if (direction is not { } d)
        {
            return;
        }

        var attribute = new SdpAttribute(SdpDirections.ToAttributeName(d));
        if (index < 0)
        {
            Attributes.Add(attribute);
        }
        else
        {
            Attributes.Insert(index, attribute);
        }
    }

    /// <summary>Copies the shared fields into <paramref name="target"/> (a deep copy: records are immutable).</summary>
    protected void CopySectionTo(SdpSection target)
    {
        target.Information = Information;
        target.Connection = Connection;
        target.EncryptionKey = EncryptionKey;
        target.Bandwidths.AddRange(Bandwidths);
        target.Attributes.AddRange(Attributes);
        target.OtherLines.AddRange(OtherLines);
    }
}
