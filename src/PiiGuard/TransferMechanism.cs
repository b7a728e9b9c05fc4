#if PIIGUARD_ANALYZERS
namespace PiiGuard.Analyzers.Model;
#else
namespace PiiGuard;
#endif

/// <summary>The legal route by which personal data leaves the home region (GDPR Chapter V).</summary>
#if PIIGUARD_ANALYZERS
internal
#else
public
#endif
enum TransferMechanism
{
    /// <summary>An adequacy decision for the destination, Art. 45.</summary>
    AdequacyDecision = 1,
    /// <summary>Standard contractual clauses, Art. 46(2)(c).</summary>
    StandardContractualClauses = 2,
    /// <summary>Binding corporate rules, Art. 47.</summary>
    BindingCorporateRules = 3,
    /// <summary>An approved code of conduct, Art. 46(2)(e).</summary>
    CodeOfConduct = 4,
    /// <summary>An approved certification mechanism, Art. 46(2)(f).</summary>
    Certification = 5,
    /// <summary>The person's explicit consent after being informed of the risks, Art. 49(1)(a).</summary>
    ExplicitConsent = 6,
    /// <summary>Necessary for a contract with the person, Art. 49(1)(b).</summary>
    ContractPerformance = 7,
    /// <summary>Another derogation of Art. 49 (legal claims, vital interests, public interest).</summary>
    OtherDerogation = 8,
    /// <summary>
    /// The data is anonymised before the transfer. Listed so inventories can state it, but anonymised data is
    /// no longer personal data: this is never a transfer tool and does not cover a send of personal data.
    /// </summary>
    Anonymised = 9,
}
