using System.Collections.Generic;

namespace PiiGuard.Inventory;

/// <summary>One item of personal data in the generated inventory: a <c>[Pii]</c> member and everything declared for it.</summary>
public sealed class DataItem
{
    /// <summary>Creates an item; generated code calls this, applications read the properties.</summary>
    /// <param name="assembly">The assembly that declares the member.</param>
    /// <param name="type">The declaring type's full name.</param>
    /// <param name="member">The member name.</param>
    /// <param name="item">The item's name in the inventory (<see cref="PiiAttribute.Item"/> or the member name).</param>
    /// <param name="category">The category.</param>
    /// <param name="taxonomyKey">The fideslang data-category key.</param>
    /// <param name="purpose">The declared purposes.</param>
    /// <param name="description">The description, or <see langword="null"/>.</param>
    /// <param name="retention">The ISO-8601 retention period, or <see langword="null"/>.</param>
    /// <param name="retentionFrom">What the retention clock runs from, or <see langword="null"/>.</param>
    /// <param name="legalBasis">The legal bases.</param>
    /// <param name="sold">Whether the item is sold.</param>
    /// <param name="shared">Whether the item is shared for cross-context advertising.</param>
    /// <param name="disclosedTo">The recipients.</param>
    /// <param name="dataSubject">Whose data it is, or <see langword="null"/>.</param>
    /// <param name="group">The record group, or <see langword="null"/>.</param>
    /// <param name="storedIn">Where it is stored, or <see langword="null"/>.</param>
    /// <param name="access">Who may access, edit and delete it.</param>
    public DataItem(
        string assembly,
        string type,
        string member,
        string item,
        Category category,
        string taxonomyKey,
        Purpose purpose,
        string? description,
        string? retention,
        string? retentionFrom,
        LegalBasis legalBasis,
        bool sold,
        bool shared,
        IReadOnlyList<string> disclosedTo,
        string? dataSubject,
        string? group,
        string? storedIn,
        IReadOnlyList<AccessGrant> access)
    {
        Assembly = assembly;
        Type = type;
        Member = member;
        Item = item;
        Category = category;
        TaxonomyKey = taxonomyKey;
        Purpose = purpose;
        Description = description;
        Retention = retention;
        RetentionFrom = retentionFrom;
        LegalBasis = legalBasis;
        Sold = sold;
        Shared = shared;
        DisclosedTo = disclosedTo;
        DataSubject = dataSubject;
        Group = group;
        StoredIn = storedIn;
        Access = access;
    }

    /// <summary>The assembly that declares the member.</summary>
    public string Assembly { get; }

    /// <summary>The declaring type's full name.</summary>
    public string Type { get; }

    /// <summary>The member name.</summary>
    public string Member { get; }

    /// <summary>The item's name in the inventory.</summary>
    public string Item { get; }

    /// <summary>The category.</summary>
    public Category Category { get; }

    /// <summary>The fideslang data-category key.</summary>
    public string TaxonomyKey { get; }

    /// <summary>The declared purposes.</summary>
    public Purpose Purpose { get; }

    /// <summary>The description, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>The ISO-8601 retention period, or <see langword="null"/>.</summary>
    public string? Retention { get; }

    /// <summary>What the retention clock runs from, or <see langword="null"/>.</summary>
    public string? RetentionFrom { get; }

    /// <summary>The legal bases.</summary>
    public LegalBasis LegalBasis { get; }

    /// <summary>Whether the item is sold (CCPA).</summary>
    public bool Sold { get; }

    /// <summary>Whether the item is shared for cross-context behavioural advertising (CCPA).</summary>
    public bool Shared { get; }

    /// <summary>The recipients the item is disclosed to.</summary>
    public IReadOnlyList<string> DisclosedTo { get; }

    /// <summary>Whose data it is, or <see langword="null"/>.</summary>
    public string? DataSubject { get; }

    /// <summary>The record group, or <see langword="null"/>.</summary>
    public string? Group { get; }

    /// <summary>Where it is stored, or <see langword="null"/>.</summary>
    public string? StoredIn { get; }

    /// <summary>Who may access, edit and delete it.</summary>
    public IReadOnlyList<AccessGrant> Access { get; }
}
