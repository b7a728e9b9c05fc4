using System;

namespace PiiGuard;

/// <summary>
/// Declares a technical or organisational security measure (GDPR Art. 30(1)(g), Art. 32), as the notice words it.
/// </summary>
/// <example><code>[assembly: PiiSecurityMeasure("Encryption of personal data")]</code></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class PiiSecurityMeasureAttribute : Attribute
{
    /// <summary>Declares the measure.</summary>
    /// <param name="measure">The measure, e.g. "Access control: only authorised staff reach personal data".</param>
    public PiiSecurityMeasureAttribute(string measure)
    {
        Measure = measure;
    }

    /// <summary>The measure.</summary>
    public string Measure { get; }
}
