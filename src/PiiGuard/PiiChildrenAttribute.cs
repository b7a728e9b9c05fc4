using System;

namespace PiiGuard;

/// <summary>
/// Declares how the application treats children's data (GDPR Art. 8; CCPA minors), as the notice words it.
/// </summary>
/// <example><code>[assembly: PiiChildren("We do not knowingly collect personal information from a child under 16", MinimumAge = 16)]</code></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class PiiChildrenAttribute : Attribute
{
    /// <summary>Declares the statement.</summary>
    /// <param name="statement">What the notice says about children.</param>
    public PiiChildrenAttribute(string statement)
    {
        Statement = statement;
    }

    /// <summary>What the notice says about children.</summary>
    public string Statement { get; }

    /// <summary>The age below which no data is knowingly collected; 0 when the notice states none.</summary>
    public int MinimumAge { get; set; }
}
