using Microsoft.CodeAnalysis;

namespace PiiGuard.Analyzers.Model;

/// <summary>
/// One <c>[PiiStorage(location, region)]</c> on a type or member, read once for both the flow engine (where a write
/// goes) and the map (the storage section): a non-empty location and a region code.
/// </summary>
internal static class StorageDeclaration
{
    public static (string Location, string Region)? Read(AttributeData attribute) =>
        AttributeArguments.String(AttributeArguments.Positional(attribute, 0)) is { Length: > 0 } location &&
        Regions.Normalize(AttributeArguments.String(AttributeArguments.Positional(attribute, 1))) is { } region
            ? (location.Trim(), region)
            : null;
}
