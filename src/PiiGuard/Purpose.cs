using System;

#if PIIGUARD_ANALYZERS
namespace PiiGuard.Analyzers.Model;
#else
namespace PiiGuard;
#endif

/// <summary>
/// The declared purposes for which personal data is processed. Each value maps to one fideslang data use.
/// Which purposes cover which sink (logging, serialization, an off-region send) is documented in
/// <c>docs/purposes.md</c>.
/// </summary>
[Flags]
#if PIIGUARD_ANALYZERS
internal
#else
public
#endif
enum Purpose
{
    /// <summary>No declared purpose (the default).</summary>
    None = 0,
    /// <summary>Providing the service the person asked for (<c>essential.service</c>).</summary>
    ServiceDelivery = 1 << 0,
    /// <summary>Creating and managing the person's account and signing in (<c>essential.service.authentication</c>).</summary>
    Account = 1 << 1,
    /// <summary>Taking payments and refunds (<c>essential.service.payment_processing</c>).</summary>
    Payment = 1 << 2,
    /// <summary>Service messages: confirmations, notifications (<c>essential.service.notifications</c>).</summary>
    Communications = 1 << 3,
    /// <summary>Answering support requests (<c>essential.service.operations.support</c>).</summary>
    CustomerSupport = 1 << 4,
    /// <summary>Keeping the service secure (<c>essential.service.security</c>). Covers logging.</summary>
    Security = 1 << 5,
    /// <summary>Detecting and preventing fraud (<c>essential.service.fraud_detection</c>). Covers logging.</summary>
    FraudPrevention = 1 << 6,
    /// <summary>Operating and troubleshooting the service (<c>essential.service.operations</c>). Covers logging.</summary>
    Diagnostics = 1 << 7,
    /// <summary>Measuring how the service is used (<c>analytics.reporting</c>).</summary>
    Analytics = 1 << 8,
    /// <summary>Tailoring the service to the person (<c>personalize</c>).</summary>
    Personalization = 1 << 9,
    /// <summary>Marketing communications (<c>marketing.communications</c>).</summary>
    Marketing = 1 << 10,
    /// <summary>Advertising (<c>marketing.advertising</c>).</summary>
    Advertising = 1 << 11,
    /// <summary>Research and product improvement (<c>functional.service.improve</c>).</summary>
    Research = 1 << 12,
    /// <summary>Meeting a legal obligation (<c>essential.legal_obligation</c>). Covers logging.</summary>
    LegalObligation = 1 << 13,
    /// <summary>Sharing with third parties for their own purposes (<c>third_party_sharing</c>).</summary>
    ThirdPartySharing = 1 << 14,
}
