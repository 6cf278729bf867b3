using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Voice.Runtime.Generator;

/// <summary>A value-equatable stand-in for <see cref="Location"/> (Location itself would defeat pipeline caching).</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public static LocationInfo? From(Location? location)
        => location?.SourceTree is null ? null : new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);

    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
