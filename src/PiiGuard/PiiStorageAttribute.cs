using System;

namespace PiiGuard;

/// <summary>Declares where this application stores personal data, for the inventory's storage section.</summary>
/// <example><code>[assembly: PiiStorage("Cloud server, Frankfurt", "DE")]</code></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
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
