using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PiiGuard.Analyzers.Model;

/// <summary>What one <c>[Pii]</c> attribute declares, read defensively from its <see cref="AttributeData"/>.</summary>
internal sealed class PiiDeclaration
{
    private PiiDeclaration(AttributeData attribute)
    {
        var argument = AttributeArguments.Positional(attribute, 0);
        if (argument is { Value: string key })
        {
            TaxonomyKey = key;
            Category = Taxonomy.CategoryFromKey(key);
        }
        else if (AttributeArguments.Integral(argument) is { } value && value >= 0 && value < 64 && Taxonomy.IsDefined((Category)(int)value))
        {
            Category = (Category)(int)value;
            TaxonomyKey = Taxonomy.GetKey(Category.Value);
        }

        Purpose = (Purpose)(int)((AttributeArguments.Integral(AttributeArguments.Named(attribute, AttributeNames.Pii.Purpose)) ?? 0) & (long)Taxonomy.AllPurposes);
        LegalBasis = (LegalBasis)(int)((AttributeArguments.Integral(AttributeArguments.Named(attribute, AttributeNames.Pii.LegalBasis)) ?? 0) & (long)Taxonomy.AllLegalBases);
        Description = AttributeArguments.String(AttributeArguments.Named(attribute, AttributeNames.Pii.Description));
        Item = AttributeArguments.String(AttributeArguments.Named(attribute, AttributeNames.Pii.Item));
        Retention = AttributeArguments.String(AttributeArguments.Named(attribute, AttributeNames.Pii.Retention));
        RetentionFrom = AttributeArguments.String(AttributeArguments.Named(attribute, AttributeNames.Pii.RetentionFrom));
        Sold = AttributeArguments.Bool(AttributeArguments.Named(attribute, AttributeNames.Pii.Sold));
        Shared = AttributeArguments.Bool(AttributeArguments.Named(attribute, AttributeNames.Pii.Shared));
        DisclosedTo = AttributeArguments.Strings(AttributeArguments.Named(attribute, AttributeNames.Pii.DisclosedTo));
        DataSubject = AttributeArguments.String(AttributeArguments.Named(attribute, AttributeNames.Pii.DataSubject));
        Group = AttributeArguments.String(AttributeArguments.Named(attribute, AttributeNames.Pii.Group));
        StoredIn = AttributeArguments.String(AttributeArguments.Named(attribute, AttributeNames.Pii.StoredIn));
        RetentionText = AttributeArguments.String(AttributeArguments.Named(attribute, AttributeNames.Pii.RetentionText));
        SoldTo = AttributeArguments.Strings(AttributeArguments.Named(attribute, AttributeNames.Pii.SoldTo));
        SharedWith = AttributeArguments.Strings(AttributeArguments.Named(attribute, AttributeNames.Pii.SharedWith));
        var ccpa = AttributeArguments.Integral(AttributeArguments.Named(attribute, AttributeNames.Pii.CcpaCategory)) ?? 0;
        CcpaCategory = ccpa > 0 && ccpa <= MaxCcpaCategory ? (int)ccpa : 0;

        // Written at all (even `Sold = false`, `DisclosedTo = new string[0]`): the notice says so; not written: it is silent.
        SaleStated = AttributeArguments.Named(attribute, AttributeNames.Pii.Sold) is not null || AttributeArguments.Named(attribute, AttributeNames.Pii.Shared) is not null || !SoldTo.IsEmpty;
        DisclosureStated = AttributeArguments.Named(attribute, AttributeNames.Pii.DisclosedTo) is not null;
    }

    /// <summary>Whether the declaration says anything about sale or sharing (an explicit <c>Sold = false</c> counts).</summary>
    public bool SaleStated { get; }

    /// <summary>Whether the declaration says anything about disclosure (an explicit empty <c>DisclosedTo</c> counts).</summary>
    public bool DisclosureStated { get; }

    /// <summary>The highest value of <c>PiiGuard.CcpaCategory</c> (L. Sensitive personal information).</summary>
    public const int MaxCcpaCategory = 12;

    public string? RetentionText { get; }

    public ImmutableArray<string> SoldTo { get; }

    public ImmutableArray<string> SharedWith { get; }

    /// <summary>The declared CCPA statutory category (1–12), or 0 when it is derived from the category.</summary>
    public int CcpaCategory { get; }

    public Category? Category { get; }

    public string? TaxonomyKey { get; }

    public Purpose Purpose { get; }

    public LegalBasis LegalBasis { get; }

    public string? Description { get; }

    public string? Item { get; }

    public string? Retention { get; }

    public string? RetentionFrom { get; }

    public bool Sold { get; }

    public bool Shared { get; }

    public ImmutableArray<string> DisclosedTo { get; }

    public string? DataSubject { get; }

    public string? Group { get; }

    public string? StoredIn { get; }

    /// <summary>The first <c>[Pii]</c> among <paramref name="attributes"/>, or <see langword="null"/>.</summary>
    public static PiiDeclaration? Find(ImmutableArray<AttributeData> attributes, INamedTypeSymbol piiAttribute)
    {
        foreach (var attribute in attributes)
        {
            if (KnownTypes.Is(attribute.AttributeClass, piiAttribute) && attribute.AttributeConstructor is not null)
            {
                return new PiiDeclaration(attribute);
            }
        }

        return null;
    }
}
