using System;

namespace PiiGuard;

/// <summary>
/// Declares a processing activity: one row of the record of processing activities (GDPR Art. 30(1)(b)–(f)). Items
/// are named by their inventory name (<see cref="PiiAttribute.Item"/>) or by their data category
/// (<see cref="PiiAttribute.Group"/>); every text is kept as written, so a lawyer's wording ("usually within 3
/// working days") reaches the map unchanged.
/// </summary>
/// <example>
/// <code>
/// [assembly: PiiActivity("Account deletion", Purpose = Purpose.Account,
///     DataSubjects = new[] { "End users" }, Items = new[] { "Account", "Contact information" },
///     Retention = "Removed on request, usually within 3 working days")]
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class PiiActivityAttribute : Attribute
{
    /// <summary>Declares the activity.</summary>
    /// <param name="name">The activity's name, e.g. "Order processing and delivery".</param>
    public PiiActivityAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The activity's name.</summary>
    public string Name { get; }

    /// <summary>The purposes of the processing, as PiiGuard's vocabulary (fideslang data uses).</summary>
    public Purpose Purpose { get; set; }

    /// <summary>The purposes as the notice words them.</summary>
    public string? Description { get; set; }

    /// <summary>The categories of data subjects: people, e.g. "Customers", "Installers". Never inferred.</summary>
    public string[]? DataSubjects { get; set; }

    /// <summary>The items (<see cref="PiiAttribute.Item"/>) or data categories (<see cref="PiiAttribute.Group"/>) processed.</summary>
    public string[]? Items { get; set; }

    /// <summary>The categories of recipients, e.g. "Authorised installers".</summary>
    public string[]? Recipients { get; set; }

    /// <summary>Transfers to third countries and their safeguards, as the notice words them.</summary>
    public string[]? Transfers { get; set; }

    /// <summary>The time limits for erasure, as the notice words them, e.g. "6 months after the transaction".</summary>
    public string? Retention { get; set; }

    /// <summary>The lawful bases (GDPR Art. 6), when the notice states them.</summary>
    public LegalBasis LegalBasis { get; set; }
}
