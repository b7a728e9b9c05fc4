namespace PiiGuard;

/// <summary>
/// The statutory categories of personal information of the CCPA (Cal. Civ. Code §1798.140(v)(1)), for
/// <see cref="PiiAttribute.CcpaCategory"/>. <see cref="Automatic"/> derives the category from <see cref="Category"/>.
/// </summary>
public enum CcpaCategory
{
    /// <summary>Derived from the item's <see cref="Category"/> (documented in <c>docs/inventory.md</c>).</summary>
    Automatic = 0,
    /// <summary>A. Identifiers (name, postal address, e-mail, IP address, account name, online identifier).</summary>
    Identifiers = 1,
    /// <summary>B. Personal information listed in Cal. Civ. Code §1798.80(e) (telephone number, card number, …).</summary>
    CustomerRecords = 2,
    /// <summary>C. Characteristics of protected classifications (age, sex, …).</summary>
    ProtectedClassifications = 3,
    /// <summary>D. Commercial information (products purchased, purchasing histories).</summary>
    CommercialInformation = 4,
    /// <summary>E. Biometric information.</summary>
    Biometric = 5,
    /// <summary>F. Internet or other electronic network activity (browsing, interaction with a website or ad).</summary>
    InternetActivity = 6,
    /// <summary>G. Geolocation data.</summary>
    Geolocation = 7,
    /// <summary>H. Audio, electronic, visual, thermal, olfactory or similar information (photographs).</summary>
    SensoryData = 8,
    /// <summary>I. Professional or employment-related information.</summary>
    Professional = 9,
    /// <summary>J. Non-public education information.</summary>
    Education = 10,
    /// <summary>K. Inferences drawn to create a profile.</summary>
    Inferences = 11,
    /// <summary>L. Sensitive personal information (§1798.140(ae)).</summary>
    SensitivePersonalInformation = 12,
}
