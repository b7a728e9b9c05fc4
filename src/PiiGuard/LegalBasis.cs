using System;

#if PIIGUARD_ANALYZERS
namespace PiiGuard.Analyzers.Model;
#else
namespace PiiGuard;
#endif

/// <summary>The lawful bases of GDPR Art. 6(1) on which personal data is processed. Several may be combined.</summary>
[Flags]
#if PIIGUARD_ANALYZERS
internal
#else
public
#endif
enum LegalBasis
{
    /// <summary>No legal basis declared (the default).</summary>
    None = 0,
    /// <summary>The person's consent, Art. 6(1)(a).</summary>
    Consent = 1 << 0,
    /// <summary>Necessary for a contract with the person, Art. 6(1)(b).</summary>
    Contract = 1 << 1,
    /// <summary>Necessary to comply with a legal obligation, Art. 6(1)(c).</summary>
    LegalObligation = 1 << 2,
    /// <summary>Necessary to protect someone's vital interests, Art. 6(1)(d).</summary>
    VitalInterests = 1 << 3,
    /// <summary>Necessary for a task in the public interest, Art. 6(1)(e).</summary>
    PublicTask = 1 << 4,
    /// <summary>The controller's or a third party's legitimate interests, Art. 6(1)(f).</summary>
    LegitimateInterests = 1 << 5,
}
