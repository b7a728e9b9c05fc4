using PiiGuard;

// Data of users in Europe is processed and stored on Alibaba Cloud in Frankfurt, isolated from international servers.
[assembly: PiiHomeRegion("EU")]
[assembly: PiiStorage("Aliyun (Alibaba Cloud) server, Frankfurt", "DE")]

// The global operations centre of SolaX Power and its affiliates.
[assembly: PiiDestination("CN", Host = "global-ops.solaxcloud.example", Recipient = "SolaX Power global operations", RecipientKind = "Affiliate")]

// Irradiance forecasts for plants; the policy says no personal data is sent to the weather provider.
[assembly: PiiDestination("US", Host = "api.weather.example", Recipient = "Weather provider", RecipientKind = "Processor")]

// Transfers out of the EU rely on the EU standard contractual clauses, the data subject's consent, or anonymisation.
[assembly: PiiTransfer("CN", TransferMechanism.StandardContractualClauses, Description = "EU standard contractual clauses")]
[assembly: PiiTransfer("CN", TransferMechanism.ExplicitConsent, Description = "The data subject's consent")]
#pragma warning disable PII0006 // The policy names anonymisation as a route; PiiGuard records it and never counts it.
[assembly: PiiTransfer("CN", TransferMechanism.Anonymised, Description = "Anonymisation before the transfer")]
#pragma warning restore PII0006

namespace SolaxCloud;

/// <summary>The roles of the policy's "data authority" table.</summary>
internal static class Roles
{
    public const string EndUser = "End user";
    public const string Agent = "Agent";
    public const string Installer = "Installer";
    public const string CustomerService = "Customer service";

    public const PiiOperation All = PiiOperation.Access | PiiOperation.Edit | PiiOperation.Delete;
    public const PiiOperation AccessEdit = PiiOperation.Access | PiiOperation.Edit;
    public const PiiOperation AccessDelete = PiiOperation.Access | PiiOperation.Delete;
    public const PiiOperation EditDelete = PiiOperation.Edit | PiiOperation.Delete;
}

/// <summary>The data categories of the policy's first table, with their purposes.</summary>
internal static class Groups
{
    public const string Contact = "Contact information";
    public const string Account = "Account information";
    public const string Communications = "Communications";
    public const string Network = "Network activity";
    public const string Device = "Device information";
    public const string DeviceLog = "Device log";
    public const string Currency = "Currency type";
    public const string TimeZone = "Time zone";
    public const string SystemSize = "System size";

    public const Purpose ContactPurposes = Purpose.Communications | Purpose.CustomerSupport | Purpose.Account | Purpose.ServiceDelivery | Purpose.Marketing;
    public const Purpose AccountPurposes = Purpose.Account | Purpose.Security;
    public const Purpose NetworkPurposes = Purpose.ServiceDelivery | Purpose.Security | Purpose.Diagnostics;
    public const Purpose DevicePurposes = Purpose.ServiceDelivery | Purpose.Payment | Purpose.Research;
}
