using System;

namespace PiiGuard;

/// <summary>
/// Declares where this application's personal data must stay. Sends to a destination outside this region need a
/// declared purpose and a <see cref="PiiTransferAttribute"/>. The MSBuild property <c>PiiGuardHomeRegion</c> may be
/// used instead.
/// </summary>
/// <example><code>[assembly: PiiHomeRegion("EU")]</code></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class PiiHomeRegionAttribute : Attribute
{
    /// <summary>Declares the home region.</summary>
    /// <param name="region">An ISO 3166-1 alpha-2 country code (<c>"DE"</c>, <c>"US"</c>) or <c>"EU"</c> / <c>"EEA"</c>.</param>
    public PiiHomeRegionAttribute(string region)
    {
        Region = region;
    }

    /// <summary>The home region code.</summary>
    public string Region { get; }
}
