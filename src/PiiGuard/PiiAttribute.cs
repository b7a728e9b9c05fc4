using System;

namespace PiiGuard;

/// <summary>
/// Marks a property, field, parameter or return value as personal data. On a class or struct it marks every
/// field and property of that type; a member-level <see cref="PiiAttribute"/> overrides the type-level one.
/// </summary>
/// <example>
/// <code>
/// [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery | Purpose.Communications,
///      Description = "Order confirmations and delivery updates")]
/// public string Email { get; set; }
/// </code>
/// </example>
/// <remarks>
/// The attribute is kept in metadata (no <c>[Conditional]</c>) so that a model declared in one assembly is
/// recognised wherever another assembly logs, serializes or sends it.
/// </remarks>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue |
    AttributeTargets.Class | AttributeTargets.Struct,
    AllowMultiple = false,
    Inherited = true)]
public sealed class PiiAttribute : Attribute
{
    /// <summary>Marks personal data of the given category.</summary>
    /// <param name="category">The kind of personal data.</param>
    public PiiAttribute(Category category)
    {
        Category = category;
    }

    /// <summary>
    /// Marks personal data by a fideslang data-category key such as <c>"user.contact.email"</c>. The key is kept
    /// in the inventory as written; <see cref="Category"/> is the closest <see cref="PiiGuard.Category"/>.
    /// </summary>
    /// <param name="taxonomyKey">A fideslang data-category key beginning with <c>user.</c>.</param>
    public PiiAttribute(string taxonomyKey)
    {
        TaxonomyKey = taxonomyKey;
        Category = Taxonomy.CategoryFromKey(taxonomyKey) ?? Category.UniqueId;
    }

    /// <summary>The kind of personal data.</summary>
    public Category Category { get; }

    /// <summary>The fideslang key given to the constructor, or <see langword="null"/>.</summary>
    public string? TaxonomyKey { get; }

    /// <summary>
    /// The declared purposes. <see cref="Purpose.None"/> (the default) means no declared purpose: the data is then
    /// reported wherever it is logged, serialized or sent.
    /// </summary>
    public Purpose Purpose { get; set; }

    /// <summary>Free text for the inventory's "Description" column, e.g. "Order confirmations and delivery updates".</summary>
    public string? Description { get; set; }

    /// <summary>The name of the item in the inventory; defaults to the member name.</summary>
    public string? Item { get; set; }

    /// <summary>How long the data is kept, as an ISO-8601 duration such as <c>"P6M"</c> or <c>"P1Y"</c>.</summary>
    public string? Retention { get; set; }

    /// <summary>What the retention clock runs from, e.g. <c>"transaction"</c> or <c>"account deletion"</c>.</summary>
    public string? RetentionFrom { get; set; }

    /// <summary>
    /// How long the data is kept, as the notice words it, e.g. <c>"usually within 3 working days after an account
    /// deletion request"</c>. Shown as written; use it where the notice states no exact ISO-8601 period.
    /// </summary>
    public string? RetentionText { get; set; }

    /// <summary>The lawful bases of processing (GDPR Art. 6). Required for sensitive categories.</summary>
    public LegalBasis LegalBasis { get; set; }

    /// <summary>Whether the item is sold (CCPA). A sold item must name its recipients in <see cref="DisclosedTo"/>.</summary>
    public bool Sold { get; set; }

    /// <summary>Whether the item is shared for cross-context behavioural advertising (CCPA).</summary>
    public bool Shared { get; set; }

    /// <summary>Recipients or categories of recipients the item is disclosed to, e.g. "Card clearing agencies".</summary>
    public string[]? DisclosedTo { get; set; }

    /// <summary>Who the item is sold to (CCPA), e.g. "Marketing partners".</summary>
    public string[]? SoldTo { get; set; }

    /// <summary>Who the item is shared with for cross-context behavioural advertising (CCPA).</summary>
    public string[]? SharedWith { get; set; }

    /// <summary>The CCPA statutory category; <see cref="PiiGuard.CcpaCategory.Automatic"/> derives it from <see cref="Category"/>.</summary>
    public CcpaCategory CcpaCategory { get; set; }

    /// <summary>Whose data it is, for the inventory's "Data type" grouping, e.g. "End user", "Installer", "Device".</summary>
    public string? DataSubject { get; set; }

    /// <summary>The record group for the data-category table, e.g. "Contact information" or "Device log".</summary>
    public string? Group { get; set; }

    /// <summary>Where the item is stored, e.g. "Cloud server, Frankfurt (DE)". Overrides <see cref="PiiStorageAttribute"/>.</summary>
    public string? StoredIn { get; set; }
}
