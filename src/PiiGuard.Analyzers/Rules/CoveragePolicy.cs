using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PiiGuard.Analyzers.Diagnostics;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Analyzers.Sinks;

namespace PiiGuard.Analyzers.Rules;

/// <summary>
/// The coverage policy: whether a sink hit is allowed by its item's declaration (a purpose that covers the sink, a
/// transfer route for an off-region destination, a recipient and use the declaration states) and, when it is not,
/// which rules it breaks. The engine never decides this; it only reports hits.
/// </summary>
internal static class CoveragePolicy
{
    /// <summary>
    /// Every rule a hit breaks, with the item as each diagnostic names it; empty when covered. A send can break an
    /// off-region rule (PII03xx) and disclosure rules (PII04xx) at once.
    /// </summary>
    public static IReadOnlyList<(DiagnosticDescriptor Rule, PiiFact Item)> Classify(SinkHit hit, FlowOptions options, PiiModel model)
    {
        if (hit.Fact.Inferred)
        {
            // Audit mode: nobody declared anything for it, so no purpose can cover it; its own IDs keep it apart.
            return Probable(hit.Sink, model) is { } probable ? new[] { (probable, hit.Fact) } : Array.Empty<(DiagnosticDescriptor, PiiFact)>();
        }

        List<(DiagnosticDescriptor, PiiFact)>? broken = null;
        if (Rule(hit.Sink, hit.Fact, options, model) is { } rule)
        {
            // A whole object is one finding per rule: its members' value flows join its PII0103 rather than pair with it.
            var item = hit.Fact;
            if (hit.Container is { } container && ReferenceEquals(rule, DiagnosticDescriptors.LoggedWithoutCoveringPurpose))
            {
                rule = DiagnosticDescriptors.LoggedAsWholeObject;
                item = item.Container is null ? item.InContainer(container) : item;
            }

            (broken = new()).Add((rule, item));
        }

        if (hit.Sink.Kind == SinkKind.Send)
        {
            foreach (var disclosure in DisclosurePolicy.Rules(hit.Sink, hit.Fact))
            {
                (broken ??= new()).Add((disclosure, hit.Fact));
            }
        }

        return (IReadOnlyList<(DiagnosticDescriptor, PiiFact)>?)broken ?? Array.Empty<(DiagnosticDescriptor, PiiFact)>();
    }

    private static DiagnosticDescriptor? Probable(SinkSpec spec, PiiModel model) => spec.Kind switch
    {
        SinkKind.Log => DiagnosticDescriptors.ProbableLogged,
        SinkKind.Serialize => DiagnosticDescriptors.ProbableSerialized,
        SinkKind.Send when spec.Destination is { } destination && model.IsOffRegion(destination) => DiagnosticDescriptors.ProbableSentOffRegion,
        SinkKind.Store when StoragePolicy.Rule(spec, model) is not null => DiagnosticDescriptors.ProbableStored,
        _ => null,
    };

    private static DiagnosticDescriptor? Rule(SinkSpec spec, PiiFact fact, FlowOptions options, PiiModel model)
    {
        switch (spec.Kind)
        {
            case SinkKind.Log:
                if (fact.IsSensitive)
                {
                    return DiagnosticDescriptors.SensitiveDataLogged;
                }

                if ((fact.Purpose & options.LogCovering) != 0)
                {
                    return null;
                }

                return spec.IsException ? DiagnosticDescriptors.LoggedInExceptionMessage
                    : fact.Container is not null ? DiagnosticDescriptors.LoggedAsWholeObject
                    : DiagnosticDescriptors.LoggedWithoutCoveringPurpose;
            case SinkKind.Serialize:
                return (fact.Purpose & options.SerializeCovering) != 0 ? null : DiagnosticDescriptors.SerializedWithoutPurpose;
            case SinkKind.Send:
                if (spec.Destination is not { } destination || !model.IsOffRegion(destination))
                {
                    return null;
                }

                if ((fact.Purpose & options.SendCovering) == 0)
                {
                    return DiagnosticDescriptors.SentOffRegionWithoutPurpose;
                }

                return model.TransferCovers(destination.Region) ? null : DiagnosticDescriptors.SentOffRegionWithoutTransfer;
            case SinkKind.Store:
                return StoragePolicy.Rule(spec, model);
            default:
                return null;
        }
    }
}
