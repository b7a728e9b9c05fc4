using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace PiiGuard.Analyzers.Model;

/// <summary>
/// PiiGuard's attribute types, resolved once per compilation by metadata name. <see cref="TryCreate"/> returns
/// <see langword="null"/> when the compilation cannot see <c>PiiGuard.PiiAttribute</c>: such a project pays nothing.
/// </summary>
internal sealed class KnownTypes
{
    public const string PiiAttributeName = "PiiGuard.PiiAttribute";
    public const string PiiAccessAttributeName = "PiiGuard.PiiAccessAttribute";
    public const string PiiHomeRegionAttributeName = "PiiGuard.PiiHomeRegionAttribute";
    public const string PiiDestinationAttributeName = "PiiGuard.PiiDestinationAttribute";
    public const string PiiTransferAttributeName = "PiiGuard.PiiTransferAttribute";
    public const string PiiStorageAttributeName = "PiiGuard.PiiStorageAttribute";
    public const string PiiRedactorAttributeName = "PiiGuard.PiiRedactorAttribute";
    public const string PiiSinkAttributeName = "PiiGuard.PiiSinkAttribute";
    public const string PiiContactAttributeName = "PiiGuard.PiiContactAttribute";
    public const string PiiActivityAttributeName = "PiiGuard.PiiActivityAttribute";
    public const string PiiSourceAttributeName = "PiiGuard.PiiSourceAttribute";
    public const string PiiSecurityMeasureAttributeName = "PiiGuard.PiiSecurityMeasureAttribute";
    public const string PiiRightsAttributeName = "PiiGuard.PiiRightsAttribute";
    public const string PiiChildrenAttributeName = "PiiGuard.PiiChildrenAttribute";
    public const string PiiExternalAttributeName = "PiiGuard.PiiExternalAttribute";

    private KnownTypes(Compilation compilation, INamedTypeSymbol pii)
    {
        Pii = pii;
        PiiAccess = compilation.GetTypeByMetadataName(PiiAccessAttributeName);
        PiiHomeRegion = compilation.GetTypeByMetadataName(PiiHomeRegionAttributeName);
        PiiDestination = compilation.GetTypeByMetadataName(PiiDestinationAttributeName);
        PiiTransfer = compilation.GetTypeByMetadataName(PiiTransferAttributeName);
        PiiStorage = compilation.GetTypeByMetadataName(PiiStorageAttributeName);
        PiiRedactor = compilation.GetTypeByMetadataName(PiiRedactorAttributeName);
        PiiSink = compilation.GetTypeByMetadataName(PiiSinkAttributeName);
        PiiContact = compilation.GetTypeByMetadataName(PiiContactAttributeName);
        PiiActivity = compilation.GetTypeByMetadataName(PiiActivityAttributeName);
        PiiSource = compilation.GetTypeByMetadataName(PiiSourceAttributeName);
        PiiSecurityMeasure = compilation.GetTypeByMetadataName(PiiSecurityMeasureAttributeName);
        PiiRights = compilation.GetTypeByMetadataName(PiiRightsAttributeName);
        PiiChildren = compilation.GetTypeByMetadataName(PiiChildrenAttributeName);
        PiiExternal = compilation.GetTypeByMetadataName(PiiExternalAttributeName);
    }

    /// <summary><c>[assembly: PiiExternal]</c>: purposes of framework sources, third-party members marked as personal data.</summary>
    public INamedTypeSymbol? PiiExternal { get; }

    public INamedTypeSymbol? PiiContact { get; }

    public INamedTypeSymbol? PiiActivity { get; }

    public INamedTypeSymbol? PiiSource { get; }

    public INamedTypeSymbol? PiiSecurityMeasure { get; }

    public INamedTypeSymbol? PiiRights { get; }

    public INamedTypeSymbol? PiiChildren { get; }

    /// <summary>Whether <paramref name="type"/> is one of the record's assembly-level declarations (contact, activity, …).</summary>
    public bool IsRecordAttribute(INamedTypeSymbol? type) =>
        Is(type, PiiContact) || Is(type, PiiActivity) || Is(type, PiiSource) || Is(type, PiiSecurityMeasure) || Is(type, PiiRights) || Is(type, PiiChildren);

    public INamedTypeSymbol Pii { get; }

    public INamedTypeSymbol? PiiAccess { get; }

    public INamedTypeSymbol? PiiHomeRegion { get; }

    public INamedTypeSymbol? PiiDestination { get; }

    public INamedTypeSymbol? PiiTransfer { get; }

    public INamedTypeSymbol? PiiStorage { get; }

    public INamedTypeSymbol? PiiRedactor { get; }

    public INamedTypeSymbol? PiiSink { get; }

    // Resolved once per compilation for all of PiiGuard's analyzers (each looked the fifteen names up in every reference).
    private static readonly ConditionalWeakTable<Compilation, StrongBox<KnownTypes?>> Cache = new();
    private static readonly ConditionalWeakTable<Compilation, StrongBox<KnownTypes?>>.CreateValueCallback Create =
        static compilation => new(compilation.GetTypeByMetadataName(PiiAttributeName) is { } pii ? new KnownTypes(compilation, pii) : null);

    public static KnownTypes? TryCreate(Compilation compilation) => Cache.GetValue(compilation, Create).Value;

    public bool IsPiiGuardAttribute(INamedTypeSymbol? type) =>
        type is not null &&
        (Is(type, Pii) || Is(type, PiiAccess) || Is(type, PiiHomeRegion) || Is(type, PiiDestination) ||
         Is(type, PiiTransfer) || Is(type, PiiStorage) || Is(type, PiiExternal) || IsRecordAttribute(type));

    public static bool Is(INamedTypeSymbol? type, INamedTypeSymbol? known) =>
        type is not null && known is not null && SymbolEqualityComparer.Default.Equals(type, known);
}
