using System;

#if PIIGUARD_ANALYZERS
namespace PiiGuard.Analyzers.Model;
#else
namespace PiiGuard;
#endif

/// <summary>
/// The mapping between PiiGuard's enums and the fideslang vocabulary (data categories and data uses), and the
/// list of sensitive categories. The analyzer compiles this same file, so both always agree.
/// </summary>
#if PIIGUARD_ANALYZERS
internal
#else
public
#endif
static class Taxonomy
{
    // Indexed by the Category value; kept in declaration order.
    private static readonly string[] CategoryKeys =
    {
        "user.contact", "user.name", "user.account", "user.authorization.credentials", "user.financial",
        "user.financial.credit_card", "user.location.imprecise", "user.location.precise", "user.device",
        "user.device.device_id", "user.device.ip_address", "user.behavior", "user.content", "user.content.private",
        "user.demographic", "user.biometric", "user.health_and_medical", "user.government_id", "user.telemetry",
        "user.sensor", "user.social", "user.childrens", "user.privacy_preferences", "user.unique_id",
    };

    // Indexed by the bit position of the Purpose value.
    private static readonly string[] DataUses =
    {
        "essential.service", "essential.service.authentication", "essential.service.payment_processing",
        "essential.service.notifications", "essential.service.operations.support", "essential.service.security",
        "essential.service.fraud_detection", "essential.service.operations", "analytics.reporting", "personalize",
        "marketing.communications", "marketing.advertising", "functional.service.improve",
        "essential.legal_obligation", "third_party_sharing",
    };

    /// <summary>Every purpose bit that is defined; other bits are invalid.</summary>
    public const Purpose AllPurposes = (Purpose)((1 << 15) - 1);

    /// <summary>Every legal-basis bit that is defined.</summary>
    public const LegalBasis AllLegalBases = (LegalBasis)((1 << 6) - 1);

    /// <summary>Every operation bit that is defined.</summary>
    public const PiiOperation AllOperations = PiiOperation.Access | PiiOperation.Edit | PiiOperation.Delete;

    /// <summary>Whether <paramref name="category"/> is a defined value.</summary>
    /// <param name="category">The category to test.</param>
    /// <returns><see langword="true"/> for a defined value.</returns>
    public static bool IsDefined(Category category) => (uint)category < (uint)CategoryKeys.Length;

    /// <summary>Whether <paramref name="mechanism"/> is a defined value.</summary>
    /// <param name="mechanism">The mechanism to test.</param>
    /// <returns><see langword="true"/> for a defined value.</returns>
    public static bool IsDefined(TransferMechanism mechanism) =>
        mechanism >= TransferMechanism.AdequacyDecision && mechanism <= TransferMechanism.Anonymised;

    /// <summary>
    /// Whether <paramref name="category"/> is sensitive (GDPR Art. 9/10 special categories and their peers):
    /// such data needs a legal basis and is never covered for logging unless redacted.
    /// </summary>
    /// <param name="category">The category.</param>
    /// <returns><see langword="true"/> for Biometric, Health, GovernmentId, Credentials, Children and PreciseLocation.</returns>
    public static bool IsSensitive(Category category) => category switch
    {
        Category.Biometric or Category.Health or Category.GovernmentId or Category.Credentials or
            Category.Children or Category.PreciseLocation => true,
        _ => false,
    };

    /// <summary>The fideslang data-category key of <paramref name="category"/>, e.g. <c>user.contact</c>.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The key, or <see langword="null"/> for an undefined value.</returns>
    public static string? GetKey(Category category) => IsDefined(category) ? CategoryKeys[(int)category] : null;

    /// <summary>The fideslang data-use key of a single purpose, e.g. <c>essential.service</c>.</summary>
    /// <param name="purpose">One purpose flag.</param>
    /// <returns>The key, or <see langword="null"/> when <paramref name="purpose"/> is not exactly one defined flag.</returns>
    public static string? GetDataUse(Purpose purpose)
    {
        var value = (int)purpose;
        if (value <= 0 || (value & (value - 1)) != 0)
        {
            return null;
        }

        var bit = 0;
        while ((value >>= 1) != 0)
        {
            bit++;
        }

        return bit < DataUses.Length ? DataUses[bit] : null;
    }

    /// <summary>
    /// The category a fideslang data-category key belongs to: the category whose key is the longest prefix of
    /// <paramref name="key"/> (so <c>user.contact.email</c> is <see cref="Category.Contact"/>).
    /// </summary>
    /// <param name="key">A fideslang key such as <c>user.contact.email</c>.</param>
    /// <returns>The category, or <see langword="null"/> when no category key is a prefix.</returns>
    public static Category? CategoryFromKey(string? key)
    {
        if (key is null || key.Length == 0)
        {
            return null;
        }

        Category? best = null;
        var bestLength = 0;
        for (var i = 0; i < CategoryKeys.Length; i++)
        {
            var candidate = CategoryKeys[i];
            var matches = key.Length == candidate.Length
                ? string.Equals(key, candidate, StringComparison.Ordinal)
                : key.Length > candidate.Length && key[candidate.Length] == '.' &&
                  key.StartsWith(candidate, StringComparison.Ordinal);
            if (matches && candidate.Length > bestLength)
            {
                best = (Category)i;
                bestLength = candidate.Length;
            }
        }

        return best;
    }
}
