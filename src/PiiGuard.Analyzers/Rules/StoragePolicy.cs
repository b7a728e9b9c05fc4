using Microsoft.CodeAnalysis;
using PiiGuard.Analyzers.Diagnostics;
using PiiGuard.Analyzers.Flow;

namespace PiiGuard.Analyzers.Rules;

/// <summary>
/// The storage rules (PII05xx): a write of declared data to a store is allowed when a <c>[PiiStorage]</c> declares the
/// store (on its member, its type, the writing class, or the assembly) and the store is in the home region or a
/// declared transfer route covers its region. Purposes are not asked: keeping data is what every purpose needs.
/// </summary>
internal static class StoragePolicy
{
    /// <summary>The rule a write to a store breaks, or <see langword="null"/> when it is allowed.</summary>
    public static DiagnosticDescriptor? Rule(SinkSpec spec, PiiModel model)
    {
        if (spec.Destination is not { } store)
        {
            return DiagnosticDescriptors.StoredInUndeclaredStore;
        }

        return model.IsOffRegion(store) && !model.TransferCovers(store.Region) ? DiagnosticDescriptors.StoredOffRegionWithoutTransfer : null;
    }

    /// <summary>
    /// Where a write the rules do not allow goes, for audit mode's PII0604 (one rule for both reasons): an undeclared
    /// store, or a declared one outside the home region that no transfer route covers.
    /// </summary>
    public static string Where(SinkSpec spec, string? homeRegion) => spec.Destination is { } store
        ? $"a store in region {store.Region}, outside the home region {homeRegion}, that no [assembly: PiiTransfer] covers"
        : "a store no [PiiStorage] declares";
}
