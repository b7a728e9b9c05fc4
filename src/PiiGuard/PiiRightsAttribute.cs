using System;

namespace PiiGuard;

/// <summary>
/// Declares the data subjects' rights under one law and how requests are handled: the consumer-rights facts of a CCPA
/// notice, or the rights section of a GDPR notice. Every text is kept as written; what is not set is "not stated".
/// </summary>
/// <example>
/// <code>
/// [assembly: PiiRights("CCPA", AppliesTo = "Customers in all US states",
///     ResponseTime = "Within 30 days of receipt; up to 90 days with notice",
///     RequestLimit = "Two requests within a 12-month period, without charge")]
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class PiiRightsAttribute : Attribute
{
    /// <summary>Declares the rights under <paramref name="law"/>.</summary>
    /// <param name="law">The law, e.g. "GDPR" or "CCPA".</param>
    public PiiRightsAttribute(string law)
    {
        Law = law;
    }

    /// <summary>The law.</summary>
    public string Law { get; }

    /// <summary>Who has the rights, e.g. "Residents of California, extended to customers in all US states".</summary>
    public string? AppliesTo { get; set; }

    /// <summary>The rights, e.g. "Know", "Delete", "Opt out of sale", "Non-discrimination".</summary>
    public string[]? Rights { get; set; }

    /// <summary>How to exercise them.</summary>
    public string? HowToExercise { get; set; }

    /// <summary>How requesters are verified.</summary>
    public string? Verification { get; set; }

    /// <summary>When requests are answered, e.g. "Usually within 15 days".</summary>
    public string? ResponseTime { get; set; }

    /// <summary>Limits on requests, e.g. "Two requests within a 12-month period".</summary>
    public string? RequestLimit { get; set; }

    /// <summary>How long an opt-out of sale lasts (CCPA), e.g. "12 months".</summary>
    public string? OptOutValidity { get; set; }

    /// <summary>Where to complain, e.g. the competent data protection authority.</summary>
    public string? Complaints { get; set; }
}
