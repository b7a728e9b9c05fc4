#if PIIGUARD_ANALYZERS
namespace PiiGuard.Analyzers.Model;
#else
namespace PiiGuard;
#endif

/// <summary>
/// The kind of personal data a member holds. Each value maps to one fideslang data category
/// (see <c>docs/inventory.md</c>) so the inventory can be exported to fides, GDPR and CCPA vocabularies.
/// </summary>
/// <remarks>
/// <see cref="Biometric"/>, <see cref="Health"/>, <see cref="GovernmentId"/>, <see cref="Credentials"/>,
/// <see cref="Children"/> and <see cref="PreciseLocation"/> are sensitive: they need a legal basis and are
/// never covered for logging unless redacted. If your model already has a type named <c>Category</c>, use
/// <c>using PiiCategory = PiiGuard.Category;</c>.
/// </remarks>
#if PIIGUARD_ANALYZERS
internal
#else
public
#endif
enum Category
{
    /// <summary>Contact details: e-mail address, phone number, postal address (<c>user.contact</c>).</summary>
    Contact = 0,
    /// <summary>A person's name (<c>user.name</c>).</summary>
    Name = 1,
    /// <summary>Account data: user name, account settings (<c>user.account</c>).</summary>
    Account = 2,
    /// <summary>Passwords, secrets and other credentials (<c>user.authorization.credentials</c>). Sensitive.</summary>
    Credentials = 3,
    /// <summary>Financial data: bank accounts, income, credit history (<c>user.financial</c>).</summary>
    Financial = 4,
    /// <summary>Payment card data (<c>user.financial.credit_card</c>).</summary>
    Payment = 5,
    /// <summary>Coarse location: city, region, time zone (<c>user.location.imprecise</c>).</summary>
    Location = 6,
    /// <summary>Precise location: latitude/longitude, GPS traces (<c>user.location.precise</c>). Sensitive.</summary>
    PreciseLocation = 7,
    /// <summary>Device data: model, OS, browser, firmware (<c>user.device</c>).</summary>
    Device = 8,
    /// <summary>Device identifiers: serial numbers, advertising ids, IMEI (<c>user.device.device_id</c>).</summary>
    DeviceId = 9,
    /// <summary>IP addresses (<c>user.device.ip_address</c>).</summary>
    IpAddress = 10,
    /// <summary>Behaviour: browsing, purchase and search history (<c>user.behavior</c>).</summary>
    Behavior = 11,
    /// <summary>User-provided content: messages, documents, support requests (<c>user.content</c>).</summary>
    Content = 12,
    /// <summary>Photographs and other images of a person (<c>user.content.private</c>).</summary>
    Image = 13,
    /// <summary>Demographic data: age, gender, language (<c>user.demographic</c>).</summary>
    Demographic = 14,
    /// <summary>Biometric data: fingerprints, face geometry, voice prints (<c>user.biometric</c>). Sensitive.</summary>
    Biometric = 15,
    /// <summary>Health and medical data (<c>user.health_and_medical</c>). Sensitive.</summary>
    Health = 16,
    /// <summary>Government identifiers: passport, national id, SSN, tax id (<c>user.government_id</c>). Sensitive.</summary>
    GovernmentId = 17,
    /// <summary>Telemetry about a person's use of a product (<c>user.telemetry</c>).</summary>
    Telemetry = 18,
    /// <summary>Sensor readings linked to a person or their device (<c>user.sensor</c>).</summary>
    Sensor = 19,
    /// <summary>Social media handles and relationships (<c>user.social</c>).</summary>
    Social = 20,
    /// <summary>Data about children (<c>user.childrens</c>). Sensitive.</summary>
    Children = 21,
    /// <summary>Consent and privacy preferences (<c>user.privacy_preferences</c>).</summary>
    PrivacyPreferences = 22,
    /// <summary>Identifiers that single out a person: customer numbers, user ids (<c>user.unique_id</c>).</summary>
    UniqueId = 23,
}
