using System;

namespace PiiGuard;

/// <summary>
/// Declares where personal data is stored. On the assembly it says where the application keeps its data and declares
/// every store (the first one is where writes to stores without their own declaration go); on a class (a
/// <c>DbContext</c>, a cache wrapper, a repository), an interface, a method, a field or a property it declares that store.
/// Writes of declared data to a database, cache, file or cookie are checked against it (PII0501, PII0502) and listed in
/// the data map's storage section.
/// </summary>
/// <example>
/// <code>
/// [assembly: PiiStorage("Cloud server, Frankfurt", "DE")]
///
/// [PiiStorage("Order database (Azure SQL, West Europe)", "NL")]
/// public sealed class ShopDbContext : DbContext { ... }
/// </code>
/// </example>
[AttributeUsage(
    AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface |
    AttributeTargets.Method | AttributeTargets.Field | AttributeTargets.Property,
    AllowMultiple = true,
    Inherited = true)]
public sealed class PiiStorageAttribute : Attribute
{
    /// <summary>Declares a storage location.</summary>
    /// <param name="location">A human-readable location, e.g. "Cloud server, Frankfurt".</param>
    /// <param name="region">The region code of the location (ISO 3166-1 alpha-2, <c>"EU"</c> or <c>"EEA"</c>).</param>
    public PiiStorageAttribute(string location, string region)
    {
        Location = location;
        Region = region;
    }

    /// <summary>The human-readable location.</summary>
    public string Location { get; }

    /// <summary>The region code of the location.</summary>
    public string Region { get; }
}
