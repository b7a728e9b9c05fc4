using Microsoft.CodeAnalysis;

namespace PiiGuard.Analyzers.Diagnostics;

/// <summary>All of PiiGuard's diagnostic descriptors. Each has a page under <c>docs/rules/</c>.</summary>
internal static class DiagnosticDescriptors
{
    public const string HelpLinkBase = "https://github.com/piiguard/piiguard/blob/main/docs/rules/";

    private const string DeclarationCategory = "PiiGuard.Declarations";
    private const string ConfigurationCategory = "PiiGuard.Configuration";
    private const string DiscoveryCategory = "PiiGuard.Discovery";
    private const string LoggingCategory = "PiiGuard.Logging";
    private const string SerializationCategory = "PiiGuard.Serialization";
    private const string TransferCategory = "PiiGuard.Transfer";
    private const string DisclosureCategory = "PiiGuard.Disclosure";
    private const string StorageCategory = "PiiGuard.Storage";
    private const string AuditCategory = "PiiGuard.Audit";

    /// Format: '{0}' is personal data ({1}) but declares no purpose …
    public static readonly DiagnosticDescriptor MemberWithoutPurpose = Create(
        DiagnosticIds.MemberWithoutPurpose,
        "Personal data has no declared purpose",
        "'{0}' is personal data ({1}) but declares no purpose; add Purpose = Purpose.ServiceDelivery (or the purposes that apply) so PiiGuard can check where it may flow",
        DeclarationCategory,
        DiagnosticSeverity.Warning,
        "A [Pii] member without a Purpose cannot be logged, serialized or sent anywhere without a warning, and the data inventory shows it as a gap.");

    /// Format: Retention '{0}' on '{1}' is not an ISO-8601 duration …
    public static readonly DiagnosticDescriptor InvalidRetention = Create(
        DiagnosticIds.InvalidRetention,
        "Retention is not an ISO-8601 duration",
        "Retention \"{0}\" on '{1}' is not an ISO-8601 duration; write for example \"P6M\" (6 months), \"P1Y\" (1 year), \"P30D\" (30 days) or \"PT12H\" (12 hours)",
        DeclarationCategory,
        DiagnosticSeverity.Warning,
        "Retention feeds the data inventory and must be machine-readable: an ISO-8601 duration such as P6M or P1Y.");

    /// Format: "{0}" in {1} is not a region code …
    public static readonly DiagnosticDescriptor InvalidRegion = Create(
        DiagnosticIds.InvalidRegion,
        "Region is not a known region code",
        "\"{0}\" in {1} is not a region code{2}; use an ISO 3166-1 alpha-2 country code such as \"DE\" or \"US\", or the group \"EU\" or \"EEA\"",
        DeclarationCategory,
        DiagnosticSeverity.Warning,
        "Regions are ISO 3166-1 alpha-2 country codes or the groups EU and EEA; an unknown code cannot be placed inside or outside the home region.");

    /// Format: '{0}' is {1} but names no recipient …
    public static readonly DiagnosticDescriptor SoldOrSharedWithoutRecipient = Create(
        DiagnosticIds.SoldOrSharedWithoutRecipient,
        "Sold or shared personal data names no recipient",
        "'{0}' is {1} but names no recipient; add DisclosedTo = new[] {{ \"Marketing partners\" }} with the recipients it goes to",
        DeclarationCategory,
        DiagnosticSeverity.Warning,
        "CCPA disclosures must name the categories of third parties to whom personal data is sold or shared.");

    /// Format: '{0}' holds sensitive personal data ({1}) but declares no legal basis …
    public static readonly DiagnosticDescriptor SensitiveWithoutLegalBasis = Create(
        DiagnosticIds.SensitiveWithoutLegalBasis,
        "Sensitive personal data has no legal basis",
        "'{0}' holds sensitive personal data ({1}) but declares no legal basis; add LegalBasis = LegalBasis.Consent (or the basis that applies)",
        DeclarationCategory,
        DiagnosticSeverity.Warning,
        "Biometric, health, government-id, credential, children's and precise-location data need a declared legal basis (GDPR Art. 6 and 9).");

    /// Format: PiiTransfer to "{0}" relies on TransferMechanism.Anonymised, which is not a transfer tool …
    public static readonly DiagnosticDescriptor AnonymisedIsNotATransferTool = Create(
        DiagnosticIds.AnonymisedIsNotATransferTool,
        "Anonymisation is not a transfer tool",
        "PiiTransfer to \"{0}\" relies on TransferMechanism.Anonymised, which is not a transfer tool: anonymised data is no longer personal data, so this covers no send of personal data; declare the route that applies, for example TransferMechanism.StandardContractualClauses",
        DeclarationCategory,
        DiagnosticSeverity.Warning,
        "Anonymised data leaves GDPR's scope; a PiiTransfer with Anonymised is recorded in the inventory but never covers a send of personal data.");

    /// Format: {0} on '{1}' is not valid: {2}; for example {3}
    public static readonly DiagnosticDescriptor InvalidAttributeArgument = Create(
        DiagnosticIds.InvalidAttributeArgument,
        "PiiGuard attribute argument is not valid",
        "{0} on '{1}' is not valid: {2}; for example {3}",
        DeclarationCategory,
        DiagnosticSeverity.Warning,
        "An attribute argument PiiGuard reads has a value it cannot interpret, such as an undefined enum value or an unknown taxonomy key.");

    /// Format: '{0}' looks like personal data ({1}) but is not marked; add [Pii(Category.{1})] …
    public static readonly DiagnosticDescriptor LooksLikePersonalData = Create(
        DiagnosticIds.LooksLikePersonalData,
        "Member looks like personal data but is not marked",
        "'{0}' looks like personal data ({1}) but is not marked; add [Pii(Category.{1}, Purpose = …)] so PiiGuard follows it, or ignore this suggestion",
        DiscoveryCategory,
        DiagnosticSeverity.Info,
        "A field, property, parameter or record member whose name, type and container suggest personal data (an e-mail address, a person's name, a birth date, an IP address…) carries no [Pii] attribute, so PiiGuard cannot follow it.");

    /// Format: '{0}' is marked as personal data with [{1}]; mark it with [Pii(Category.{2})] …
    public static readonly DiagnosticDescriptor MarkedByAnotherScheme = Create(
        DiagnosticIds.MarkedByAnotherScheme,
        "Member is marked as personal data by another scheme",
        "'{0}' is marked as personal data with [{1}]; add [Pii(Category.{2}, Purpose = …)] so PiiGuard checks where it flows and lists it in the data map",
        DiscoveryCategory,
        DiagnosticSeverity.Info,
        "ASP.NET Core Identity's [PersonalData]/[ProtectedPersonalData] and Microsoft.Extensions.Compliance data classifications mark personal data for their own features; PiiGuard needs [Pii] to follow it.");

    /// Format: '{0}' ({1}) is logged by {2} but none of its purposes covers logging; flow: {3}
    public static readonly DiagnosticDescriptor LoggedWithoutCoveringPurpose = Create(
        DiagnosticIds.LoggedWithoutCoveringPurpose,
        "Personal data is logged without a purpose that covers logging",
        "'{0}' ({1}) is logged by {2} but none of its purposes covers logging; flow: {3}",
        LoggingCategory,
        DiagnosticSeverity.Warning,
        "Personal data reaches a log sink and none of the member's declared purposes (by default Diagnostics, Security, FraudPrevention, LegalObligation) covers logging.");

    /// Format: '{0}' ({1}) is put into an exception message by {2}, which ends up in logs; flow: {3}
    public static readonly DiagnosticDescriptor LoggedInExceptionMessage = Create(
        DiagnosticIds.LoggedInExceptionMessage,
        "Personal data is put into an exception message",
        "'{0}' ({1}) is put into an exception message by {2}, which ends up in logs, and none of its purposes covers logging; flow: {3}",
        LoggingCategory,
        DiagnosticSeverity.Warning,
        "Exception messages are written to logs, crash reports and error pages; personal data in them is logged without a covering purpose.");

    /// Format: {2} carries '{0}' ({1}) and is logged whole by {3} without a purpose that covers logging; flow: {4}
    public static readonly DiagnosticDescriptor LoggedAsWholeObject = Create(
        DiagnosticIds.LoggedAsWholeObject,
        "Personal data is logged inside a whole object",
        "{2} carries '{0}' ({1}) and is logged whole by {3} without a purpose that covers logging; flow: {4}",
        LoggingCategory,
        DiagnosticSeverity.Warning,
        "An object whose type holds personal data is destructured by a structured logger ({@Order}), or printed by a record's compiler-generated ToString, so its personal-data members reach the log.");

    /// Format: '{0}' is sensitive personal data ({1}) and is logged by {2} without redaction; flow: {3}
    public static readonly DiagnosticDescriptor SensitiveDataLogged = Create(
        DiagnosticIds.SensitiveDataLogged,
        "Sensitive personal data is logged without redaction",
        "'{0}' is sensitive personal data ({1}) and is logged by {2} without redaction; flow: {3}",
        LoggingCategory,
        DiagnosticSeverity.Warning,
        "Biometric, health, government-id, credential, children's and precise-location data are never covered for logging, whatever their purposes; pass them through a [PiiRedactor] first.");

    /// Format: '{0}' ({1}) is serialized by {2} but declares no purpose; flow: {3}
    public static readonly DiagnosticDescriptor SerializedWithoutPurpose = Create(
        DiagnosticIds.SerializedWithoutPurpose,
        "Personal data is serialized without a declared purpose",
        "'{0}' ({1}) is serialized by {2} but declares no purpose that covers serialization; flow: {3}",
        SerializationCategory,
        DiagnosticSeverity.Warning,
        "Serialized data leaves the process (API responses, files, queues); personal data needs a declared purpose before it is serialized, or [JsonIgnore]/[IgnoreDataMember]/[XmlIgnore] to keep it out.");

    /// Format: '{0}' ({1}) is sent to {2} in region {3}, outside the home region {4}, but declares no purpose; flow: {5}
    public static readonly DiagnosticDescriptor SentOffRegionWithoutPurpose = Create(
        DiagnosticIds.SentOffRegionWithoutPurpose,
        "Personal data is sent outside the home region without a declared purpose",
        "'{0}' ({1}) is sent by {2} to region {3}, outside the home region {4}, but declares no purpose; flow: {5}",
        TransferCategory,
        DiagnosticSeverity.Warning,
        "A transfer of personal data out of the home region needs a declared purpose and a declared transfer route.");

    /// Format: '{0}' ({1}) is sent by {2} to region {3}, outside the home region {4}, and no PiiTransfer covers {3}; flow: {5}
    public static readonly DiagnosticDescriptor SentOffRegionWithoutTransfer = Create(
        DiagnosticIds.SentOffRegionWithoutTransfer,
        "Personal data is sent outside the home region without a transfer route",
        "'{0}' ({1}) is sent by {2} to region {3}, outside the home region {4}, and no [assembly: PiiTransfer] covers {3}; flow: {5}",
        TransferCategory,
        DiagnosticSeverity.Warning,
        "Transfers out of the home region need a lawful route (GDPR Chapter V): declare [assembly: PiiTransfer(region, mechanism)] with adequacy, SCCs, BCRs, consent or another Art. 46/49 tool. Anonymisation is not a transfer tool.");

    /// Format: '{0}' ({1}) is sent by {2} to {3}, a recipient its declaration does not name (DisclosedTo: {4}); flow: {5}
    public static readonly DiagnosticDescriptor RecipientNotDisclosed = Create(
        DiagnosticIds.RecipientNotDisclosed,
        "Personal data reaches a recipient its declaration does not name",
        "'{0}' ({1}) is sent by {2} to {3}, a recipient its declaration does not name (DisclosedTo: {4}); flow: {5}",
        DisclosureCategory,
        DiagnosticSeverity.Warning,
        "The privacy notice lists who receives each item (DisclosedTo, SoldTo, SharedWith). A send to a [PiiDestination] whose Recipient (or RecipientKind) is not on that list is a disclosure the notice does not make, in any region.");

    /// Format: '{0}' ({1}) is sent by {2} to {3}, which uses it for {4}; none of these is among its declared purposes ({5}); flow: {6}
    public static readonly DiagnosticDescriptor RecipientPurposeNotDeclared = Create(
        DiagnosticIds.RecipientPurposeNotDeclared,
        "Personal data reaches a recipient that uses it for an undeclared purpose",
        "'{0}' ({1}) is sent by {2} to {3}, which uses it for {4}; none of these is among its declared purposes ({5}); flow: {6}",
        DisclosureCategory,
        DiagnosticSeverity.Warning,
        "[PiiDestination(..., Purpose = ...)] says what the recipient uses the data for. An item may go there only when it declares at least one of those purposes (purpose limitation, GDPR Art. 5(1)(b)).");

    /// Format: '{0}' ({1}) is sent by {2} to {3}, whose use ({4}) makes it {5} under the CCPA, but its declaration does not say {6}; flow: {7}
    public static readonly DiagnosticDescriptor SoldOrSharedContrary = Create(
        DiagnosticIds.SoldOrSharedContrary,
        "Personal data is sold or shared contrary to its declaration",
        "'{0}' ({1}) is sent by {2} to {3}, whose use ({4}) makes it {5} under the CCPA, but its declaration does not say {6}; flow: {7}",
        DisclosureCategory,
        DiagnosticSeverity.Warning,
        "A destination used for Advertising shares the data for cross-context behavioural advertising; one used for ThirdPartySharing sells it. The item must then declare Shared / Sold (or name the recipient in SharedWith / SoldTo), or the CCPA notice and the opt-out are wrong.");

    /// Format: '{0}' ({1}) is sent by {2} to {3}, which no [PiiDestination] places: its region, recipient and use are unknown; flow: {4}
    public static readonly DiagnosticDescriptor SendNotPlaced = Create(
        DiagnosticIds.SendNotPlaced,
        "Personal data is sent to a destination that cannot be placed",
        "'{0}' ({1}) is sent by {2} to {3}, which no [PiiDestination] places: its region, recipient and use are unknown; flow: {4}",
        DisclosureCategory,
        DiagnosticSeverity.Info,
        "PiiGuard can check a send only against a declared destination. Place it with [assembly: PiiDestination(region, Host = \"host\", Recipient = ..., Purpose = ...)] for a constant URL's host, or [PiiDestination] on the typed client, its field or property.");

    /// Format: '{0}' ({1}) is written by {2} to a store no [PiiStorage] declares; flow: {3}
    public static readonly DiagnosticDescriptor StoredInUndeclaredStore = Create(
        DiagnosticIds.StoredInUndeclaredStore,
        "Personal data is written to a store no [PiiStorage] declares",
        "'{0}' ({1}) is written by {2} to a store no [PiiStorage] declares; declare where it is with [PiiStorage(location, region)] on the store's class or member, or on the assembly; flow: {3}",
        StorageCategory,
        DiagnosticSeverity.Warning,
        "Where personal data is kept is part of the record of processing (GDPR Art. 30) and of the privacy notice: a database, cache, file or cookie that holds it must be declared with [PiiStorage(location, region)] so the data map lists it and its region can be checked.");

    /// Format: '{0}' ({1}) is stored by {2} in region {3}, outside the home region {4}, and no PiiTransfer covers {3}; flow: {5}
    public static readonly DiagnosticDescriptor StoredOffRegionWithoutTransfer = Create(
        DiagnosticIds.StoredOffRegionWithoutTransfer,
        "Personal data is stored outside the home region without a transfer route",
        "'{0}' ({1}) is stored by {2} in region {3}, outside the home region {4}, and no [assembly: PiiTransfer] covers {3}; flow: {5}",
        StorageCategory,
        DiagnosticSeverity.Warning,
        "Storing personal data in another region is a transfer (GDPR Chapter V): keep the store in the home region or declare [assembly: PiiTransfer(region, mechanism)] with a lawful tool.");

    /// Format: '{0}' looks like personal data ({1}) and is logged by {2}; nobody marked it …; flow: {3}
    public static readonly DiagnosticDescriptor ProbableLogged = Create(
        DiagnosticIds.ProbableLogged,
        "Probable personal data is logged",
        "'{0}' looks like personal data ({1}) and is logged by {2}; nobody marked it, so mark it with [Pii(Category.{1}, Purpose = …)] or stop logging it; flow: {3}",
        AuditCategory,
        DiagnosticSeverity.Info,
        "Audit mode (PiiGuardAudit): a member that discovery classifies as personal data but that carries no [Pii] reaches a log sink (logging, telemetry, an exception message, a whole object).");

    /// Format: '{0}' looks like personal data ({1}) and is serialized by {2}; nobody marked it …; flow: {3}
    public static readonly DiagnosticDescriptor ProbableSerialized = Create(
        DiagnosticIds.ProbableSerialized,
        "Probable personal data is serialized",
        "'{0}' looks like personal data ({1}) and is serialized by {2}; nobody marked it, so mark it with [Pii(Category.{1}, Purpose = …)] or keep it out of the payload; flow: {3}",
        AuditCategory,
        DiagnosticSeverity.Info,
        "Audit mode (PiiGuardAudit): a member that discovery classifies as personal data but that carries no [Pii] reaches a serializer.");

    /// Format: '{0}' looks like personal data ({1}) and is sent by {2} to region {3}, outside the home region {4} …; flow: {5}
    public static readonly DiagnosticDescriptor ProbableSentOffRegion = Create(
        DiagnosticIds.ProbableSentOffRegion,
        "Probable personal data is sent outside the home region",
        "'{0}' looks like personal data ({1}) and is sent by {2} to region {3}, outside the home region {4}; nobody marked it, so mark it with [Pii(Category.{1}, Purpose = …)] and declare the transfer, or stop sending it; flow: {5}",
        AuditCategory,
        DiagnosticSeverity.Info,
        "Audit mode (PiiGuardAudit): a member that discovery classifies as personal data but that carries no [Pii] is sent to a destination outside the home region.");

    /// Format: '{0}' looks like personal data ({1}) and is written by {2} to {3}; nobody marked it …; flow: {4}
    public static readonly DiagnosticDescriptor ProbableStored = Create(
        DiagnosticIds.ProbableStored,
        "Probable personal data is stored where no declaration allows it",
        "'{0}' looks like personal data ({1}) and is written by {2} to {3}; nobody marked it, so mark it with [Pii(Category.{1}, Purpose = …)] and declare the store with [PiiStorage(location, region)], or stop storing it; flow: {4}",
        AuditCategory,
        DiagnosticSeverity.Info,
        "Audit mode (PiiGuardAudit): a member that discovery classifies as personal data but that carries no [Pii] is written to a store (a database through EF Core, a distributed cache, Redis, a file, a cookie) that no [PiiStorage] declares, or that is outside the home region with no transfer route — where a declared member would get PII0501 or PII0502.");

    /// Format: The MSBuild property PiiGuardHomeRegion is "{0}", which is not a region code …
    public static readonly DiagnosticDescriptor InvalidHomeRegionProperty = Create(
        DiagnosticIds.InvalidHomeRegionProperty,
        "PiiGuardHomeRegion is not a region code",
        "The MSBuild property PiiGuardHomeRegion is \"{0}\", which is not a region code{1}; use an ISO 3166-1 alpha-2 country code such as \"DE\", or \"EU\" / \"EEA\"",
        ConfigurationCategory,
        DiagnosticSeverity.Warning,
        "The home region set in MSBuild must be an ISO 3166-1 alpha-2 country code or EU/EEA.",
        WellKnownDiagnosticTags.CompilationEnd);

    /// Format: [assembly: PiiHomeRegion("{0}")] and the MSBuild property PiiGuardHomeRegion ("{1}") disagree …
    public static readonly DiagnosticDescriptor ConflictingHomeRegion = Create(
        DiagnosticIds.ConflictingHomeRegion,
        "Home region is declared twice with different values",
        "[assembly: PiiHomeRegion(\"{0}\")] and the MSBuild property PiiGuardHomeRegion (\"{1}\") disagree; PiiGuard uses the attribute, remove one of them",
        ConfigurationCategory,
        DiagnosticSeverity.Warning,
        "The home region may come from the assembly attribute or the MSBuild property; when both are set they must agree.",
        WellKnownDiagnosticTags.CompilationEnd);

    /// Format: PiiGuard stopped following data in '{0}' after {1}: findings past that point may be missing …
    public static readonly DiagnosticDescriptor FlowAnalysisCut = Create(
        DiagnosticIds.FlowAnalysisCut,
        "Flow analysis of a member stopped early",
        "PiiGuard stopped following data in '{0}' after {1}: findings past that point may be missing; split the member into smaller methods",
        ConfigurationCategory,
        DiagnosticSeverity.Warning,
        "A member so large or so deeply nested that following its data exceeded PiiGuard's per-body budget was analysed only in part. It is reported so that a missed finding is never silent.");

    /// Format: PiiGuard could not hand the data map of {0} to the build: {1} ({2})
    public static readonly DiagnosticDescriptor DataMapNotHandedOver = Create(
        DiagnosticIds.DataMapNotHandedOver,
        "The data map could not be handed to the build",
        "PiiGuard could not hand the data map of {0} to the build: {1} ({2}); the map files may not match the code until a build succeeds in writing it",
        ConfigurationCategory,
        DiagnosticSeverity.Warning,
        "At the end of a build's compilation the flow analyzer writes the data map to a file of the build's own in the intermediate output folder (obj/…/piiguard.map), which PiiGuard's MSBuild task turns into the map's files. When that file cannot be written (a full disk, a folder the build cannot write to), the analyzer removes the older one if it can, and the map files may not match the code until a build writes it again.",
        WellKnownDiagnosticTags.CompilationEnd);

    /// Format: PiiGuard's data map of {0}: {1} items, {2} flows (for the build to write) …
    public static readonly DiagnosticDescriptor DataMap = Create(
        DiagnosticIds.DataMap,
        "PiiGuard's data map, for the build",
        "PiiGuard's data map of {0}: {1} items, {2} flows (the build writes it to the configured files)",
        ConfigurationCategory,
        DiagnosticSeverity.Info,
        "Not a problem: the flow analyzer hands the data map it computed (the declarations and every flow it followed) to the build through the compiler's error log, where PiiGuard's MSBuild task reads it and writes the Markdown, JSON, CSV and fides files. It is reported once per compilation when the map is on (PiiGuardDataMap), cannot be configured, and is never baselined.",
        WellKnownDiagnosticTags.CompilationEnd,
        WellKnownDiagnosticTags.NotConfigurable);

    /// <summary>
    /// The title of a flow rule, for the data map's Findings (which lists the analyzer's own classification), or the ID
    /// itself for a rule the map does not know by name.
    /// </summary>
    public static string TitleOf(string id)
    {
        foreach (var rule in new[]
        {
            LoggedWithoutCoveringPurpose, LoggedInExceptionMessage, LoggedAsWholeObject, SensitiveDataLogged, SerializedWithoutPurpose,
            SentOffRegionWithoutPurpose, SentOffRegionWithoutTransfer, RecipientNotDisclosed, RecipientPurposeNotDeclared, SoldOrSharedContrary, SendNotPlaced,
            StoredInUndeclaredStore, StoredOffRegionWithoutTransfer,
        })
        {
            if (rule.Id == id)
            {
                return rule.Title.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return id;
    }

    private static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity severity,
        string description,
        params string[] customTags) =>
        new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description, HelpLinkBase + id + ".md", customTags);
}
