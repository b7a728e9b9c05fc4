namespace PiiGuard.Analyzers.Diagnostics;

/// <summary>Every diagnostic ID PiiGuard reports, grouped by range (see design.md §3).</summary>
internal static class DiagnosticIds
{
    // PII00xx — declarations
    public const string MemberWithoutPurpose = "PII0001";
    public const string InvalidRetention = "PII0002";
    public const string InvalidRegion = "PII0003";
    public const string SoldOrSharedWithoutRecipient = "PII0004";
    public const string SensitiveWithoutLegalBasis = "PII0005";
    public const string AnonymisedIsNotATransferTool = "PII0006";
    public const string InvalidAttributeArgument = "PII0007";
    public const string LooksLikePersonalData = "PII0008";
    public const string MarkedByAnotherScheme = "PII0009";

    // PII01xx — logging
    public const string LoggedWithoutCoveringPurpose = "PII0101";
    public const string LoggedInExceptionMessage = "PII0102";
    public const string LoggedAsWholeObject = "PII0103";
    public const string SensitiveDataLogged = "PII0104";

    // PII02xx — serialization
    public const string SerializedWithoutPurpose = "PII0201";

    // PII03xx — off-region sends
    public const string SentOffRegionWithoutPurpose = "PII0301";
    public const string SentOffRegionWithoutTransfer = "PII0302";

    // PII04xx — disclosure
    public const string RecipientNotDisclosed = "PII0401";
    public const string RecipientPurposeNotDeclared = "PII0402";
    public const string SoldOrSharedContrary = "PII0403";
    public const string SendNotPlaced = "PII0404";

    // PII05xx — storage
    public const string StoredInUndeclaredStore = "PII0501";
    public const string StoredOffRegionWithoutTransfer = "PII0502";

    // PII06xx — audit mode: members discovery finds but nobody marked
    public const string ProbableLogged = "PII0601";
    public const string ProbableSerialized = "PII0602";
    public const string ProbableSentOffRegion = "PII0603";
    public const string ProbableStored = "PII0604";

    // PII09xx — configuration
    public const string InvalidHomeRegionProperty = "PII0901";
    public const string ConflictingHomeRegion = "PII0902";
    public const string FlowAnalysisCut = "PII0903";
    public const string DataMapNotHandedOver = "PII0904";
    public const string DataMap = "PII0990";
}
