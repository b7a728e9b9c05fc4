using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PiiGuard.Analyzers.Diagnostics;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Analyzers.Model;
using PiiGuard.Analyzers.Sinks;

namespace PiiGuard.Analyzers.Rules;

/// <summary>
/// The disclosure policy (PII04xx), in any region: a send must go to a recipient the item's declaration names, for a
/// use among its purposes, and a sale or share must be declared as such. A send that no <c>[PiiDestination]</c>
/// places cannot be judged and is reported as such (info).
/// </summary>
internal static class DisclosurePolicy
{
    /// <summary>A destination used for these purposes receives the data as a CCPA "sale" or "sharing".</summary>
    private const Purpose SaleOrShare = Purpose.ThirdPartySharing | Purpose.Advertising;

    /// <summary>Every disclosure rule a send of <paramref name="fact"/> through <paramref name="sink"/> breaks.</summary>
    public static IEnumerable<DiagnosticDescriptor> Rules(SinkSpec sink, PiiFact fact)
    {
        if (sink.Kind != SinkKind.Send || fact.IsSymbolic)
        {
            yield break;
        }

        if (sink.Destination is not { } destination)
        {
            yield return DiagnosticDescriptors.SendNotPlaced;
            yield break;
        }

        // A declaration silent on recipients is a gap of the declaration (the map lists it), not of this send.
        if (fact.Disclosure.Stated && (destination.Recipient ?? destination.RecipientKind) is not null && !fact.Disclosure.Names(destination))
        {
            yield return DiagnosticDescriptors.RecipientNotDisclosed;
        }

        if (destination.Purpose != Purpose.None && (destination.Purpose & fact.Purpose) == 0)
        {
            yield return DiagnosticDescriptors.RecipientPurposeNotDeclared;
        }

        if (Contrary(destination, fact) is not null)
        {
            yield return DiagnosticDescriptors.SoldOrSharedContrary;
        }
    }

    /// <summary>
    /// The CCPA notion a send contradicts — ("sold", "Sold = true") for a destination used for third-party sharing,
    /// ("shared for cross-context behavioural advertising", "Shared = true") for one used for advertising — or null.
    /// </summary>
    public static (string Notion, string Declaration)? Contrary(Destination destination, PiiFact fact)
    {
        if ((destination.Purpose & SaleOrShare) == 0)
        {
            return null;
        }

        if ((destination.Purpose & Purpose.ThirdPartySharing) != 0 && !fact.Disclosure.Sold)
        {
            return ("sold", "Sold = true or SoldTo");
        }

        if ((destination.Purpose & Purpose.Advertising) != 0 && !fact.Disclosure.Shared)
        {
            return ("shared for cross-context behavioural advertising", "Shared = true or SharedWith");
        }

        return null;
    }

    /// <summary>The destination as a diagnostic names it: "Fraud partner (US)", or the host of an unplaced send.</summary>
    public static string Describe(SinkSpec sink) => sink.Destination is { } destination
        ? (destination.Recipient ?? destination.RecipientKind ?? "a destination") + " (" + destination.Region + ")"
        : sink.Host is { } host ? "host " + host : "a destination";
}
