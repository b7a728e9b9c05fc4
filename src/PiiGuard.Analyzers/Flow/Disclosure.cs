using System;
using System.Collections.Immutable;
using System.Linq;
using PiiGuard.Analyzers.Model;

namespace PiiGuard.Analyzers.Flow;

/// <summary>
/// What an item's declaration says about who receives it: <c>DisclosedTo</c>, <c>Sold</c>/<c>SoldTo</c>,
/// <c>Shared</c>/<c>SharedWith</c>. Carried by every <see cref="PiiFact"/> so the disclosure rules (PII04xx) can
/// judge a send without going back to the declaration.
/// </summary>
internal sealed class Disclosure
{
    public static readonly Disclosure Silent = new(ImmutableArray<string>.Empty, ImmutableArray<string>.Empty, ImmutableArray<string>.Empty, false, false, false);

    private Disclosure(ImmutableArray<string> disclosedTo, ImmutableArray<string> soldTo, ImmutableArray<string> sharedWith, bool sold, bool shared, bool stated)
    {
        DisclosedTo = disclosedTo;
        SoldTo = soldTo;
        SharedWith = sharedWith;
        Sold = sold;
        Shared = shared;
        Stated = stated;
    }

    public ImmutableArray<string> DisclosedTo { get; }

    public ImmutableArray<string> SoldTo { get; }

    public ImmutableArray<string> SharedWith { get; }

    /// <summary>Declared sold (CCPA): <c>Sold = true</c> or a <c>SoldTo</c> list.</summary>
    public bool Sold { get; }

    /// <summary>Declared shared for cross-context behavioural advertising (CCPA): <c>Shared = true</c> or a <c>SharedWith</c> list.</summary>
    public bool Shared { get; }

    /// <summary>Whether the declaration names its recipients at all (an explicit empty <c>DisclosedTo</c> counts).</summary>
    public bool Stated { get; }

    public static Disclosure Of(PiiDeclaration declaration)
    {
        var sold = declaration.Sold || !declaration.SoldTo.IsDefaultOrEmpty;
        var shared = declaration.Shared || !declaration.SharedWith.IsDefaultOrEmpty;
        var stated = declaration.DisclosureStated || !declaration.SoldTo.IsDefaultOrEmpty || !declaration.SharedWith.IsDefaultOrEmpty;
        return !stated && !sold && !shared
            ? Silent
            : new Disclosure(Clean(declaration.DisclosedTo), Clean(declaration.SoldTo), Clean(declaration.SharedWith), sold, shared, stated);
    }

    /// <summary>
    /// Whether the declaration names the destination's recipient (or its kind: notices usually name categories of
    /// recipients, "Delivery companies") among those it discloses to, sells to or shares with.
    /// </summary>
    public bool Names(Destination destination) =>
        Matches(destination.Recipient) || Matches(destination.RecipientKind);

    private bool Matches(string? name) =>
        name is { Length: > 0 } && (Contains(DisclosedTo, name) || Contains(SoldTo, name) || Contains(SharedWith, name));

    private static bool Contains(ImmutableArray<string> names, string name) =>
        names.Any(n => string.Equals(n, name.Trim(), StringComparison.OrdinalIgnoreCase));

    private static ImmutableArray<string> Clean(ImmutableArray<string> names) =>
        names.IsDefault ? ImmutableArray<string>.Empty : names.Where(n => n is not null).Select(n => n.Trim()).Where(n => n.Length > 0).ToImmutableArray();
}
