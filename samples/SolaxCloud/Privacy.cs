using PiiGuard;

// Everything below is what SolaX Power's privacy policy says (../shared/seeds/solax-privacy-policy-bg.txt, Bulgarian,
// translated), and nothing it does not: the policy states a legal basis only for network activity (and consent for
// marketing), a period only for SIM recharge records, and no representative or data protection officer.

// 5. "For users in Europe your personal data will be processed and stored on the aliyun server of alibaba in Frankfurt,
// Germany. We build isolation from every international server for the security of your data."
[assembly: PiiHomeRegion("EU")]
[assembly: PiiStorage("Aliyun (Alibaba Cloud) server, Frankfurt, isolated from every international server", "DE")]

// The global operations centre of SolaX Power and its affiliates (the code sends fault reports there).
[assembly: PiiDestination("CN", Host = "global-ops.solaxcloud.example", Recipient = SolaxCloud.Subjects.Affiliates, RecipientKind = "Affiliate",
    Purpose = Purpose.ServiceDelivery | Purpose.Diagnostics | Purpose.CustomerSupport)]

// 1.1.3 Weather conditions come from QWeather; the policy says it is not personal data (the code's forecast call is checked).
[assembly: PiiDestination("US", Host = "api.weather.example", Recipient = "QWeather", RecipientKind = "Processor", Purpose = Purpose.ServiceDelivery)]

// 8. Transfers out of the EU: to countries the European Commission recognises as adequate; otherwise EU standard
// contractual clauses, the data subject's consent, or anonymisation before the transfer. The policy names no country;
// the code's one destination outside the EU is the affiliates' operations centre in China.
[assembly: PiiTransfer("CN", TransferMechanism.StandardContractualClauses, Description = "Standard contractual clauses approved by the European Commission")]
[assembly: PiiTransfer("CN", TransferMechanism.ExplicitConsent, Description = "Consent of the EU data subject to the cross-border transfer")]
#pragma warning disable PII0006 // The policy names anonymisation as a route; PiiGuard records it and never counts it.
[assembly: PiiTransfer("CN", TransferMechanism.Anonymised, Description = "Anonymisation of personal data before the cross-border transfer")]
#pragma warning restore PII0006

// The controller: "Solax power network technology (zhejiang) co., ltd. and its affiliates". 10. Contact: an online form.
[assembly: PiiContact(PiiContactRole.Controller, "SolaX Power Network Technology (Zhejiang) Co., Ltd. and its affiliates", Url = "Online form ('Click here', section 10 of the policy)")]

// 5. How we protect your personal data.
[assembly: PiiSecurityMeasure("Appropriate physical, managerial and technical measures against unauthorised access, disclosure, use, modification, damage or loss")]
[assembly: PiiSecurityMeasure("Cryptographic technologies for data confidentiality")]
[assembly: PiiSecurityMeasure("Protection mechanisms to prevent attacks")]
[assembly: PiiSecurityMeasure("Access control: only authorised access to personal data")]
[assembly: PiiSecurityMeasure("Security and privacy training for employees")]
[assembly: PiiSecurityMeasure("European users' data isolated from every international server")]

// 1.1 How we collect your personal data.
[assembly: PiiSource("You, directly", Description = "When you register an account, contact us for support or suggestions, attend our events or subscribe to our marketing notices", Items = new[] { SolaxCloud.Groups.Contact, SolaxCloud.Groups.Account, SolaxCloud.Groups.Communications })]
[assembly: PiiSource("Your use of our products and services", Description = "Product and network information, SIM card and recharge records of the GPRS module, interaction information, the device log", Items = new[] { SolaxCloud.Groups.Device, SolaxCloud.Groups.DeviceLog, SolaxCloud.Groups.Network })]
[assembly: PiiSource("Google Maps", Description = "Maps; not personal data", PersonalData = false)]
[assembly: PiiSource("QWeather", Description = "Weather conditions; not personal data", PersonalData = false)]
[assembly: PiiSource("Other companies", Description = "Statistics bought in support of our services; not personal data", PersonalData = false)]

// 4. How to access and control your personal data; 10. How to contact us.
[assembly: PiiRights("GDPR",
    AppliesTo = "To the extent applicable law requires",
    Rights = new[]
    {
        "Access certain personal data we hold about you",
        "Update or correct inaccuracies",
        "Object to or restrict our use of your personal data",
        "Erasure of your personal data from our database",
        "Withdraw consent at any time, without affecting processing before the withdrawal or on other grounds",
        "Opt out of marketing at any time: disable the agreement in the software or e-mail info@solaxpower.com",
    },
    HowToExercise = "Online feedback form ('Click here', section 4); an end user may ask the installer, agent or manufacturer to delete the account",
    Verification = "A written request may be required for security; requests may be refused if fraudulent, impracticable or a risk to the privacy of others",
    ResponseTime = "Usually within 15 days",
    Complaints = "The competent data protection authority")]

// 6. How we process children's personal data.
[assembly: PiiChildren("Websites, products and services are intended for adults and may be used only by persons of full age; no service to and no data collection from minors; a child's data collected by accident is deleted as soon as possible")]

// The policy's first table, one activity per data category, with its purposes as written; then deletion and marketing.
[assembly: PiiActivity(SolaxCloud.Groups.Contact, Description = "To communicate with you, handle your request, after-sales, password reset, account deletion, warranty binding, account creation. With your consent, product, service and marketing information.",
    Purpose = Purpose.Communications | Purpose.CustomerSupport | Purpose.Account | Purpose.ServiceDelivery | Purpose.Marketing,
    DataSubjects = new[] { SolaxCloud.Subjects.EndUsers, SolaxCloud.Subjects.Installers, SolaxCloud.Subjects.Agents }, Items = new[] { SolaxCloud.Groups.Contact },
    Recipients = new[] { SolaxCloud.Subjects.AuthorisedInstallers, SolaxCloud.Subjects.Affiliates, SolaxCloud.Subjects.Authorities }, Transfers = new[] { SolaxCloud.Subjects.TransferText },
    Retention = SolaxCloud.Subjects.AccountRetention)]
[assembly: PiiActivity(SolaxCloud.Groups.Account, Description = "Password reset, account name change.", Purpose = Purpose.Account,
    DataSubjects = new[] { SolaxCloud.Subjects.EndUsers, SolaxCloud.Subjects.Installers, SolaxCloud.Subjects.Agents }, Items = new[] { SolaxCloud.Groups.Account },
    Recipients = new[] { SolaxCloud.Subjects.Affiliates, SolaxCloud.Subjects.Authorities }, Transfers = new[] { SolaxCloud.Subjects.TransferText },
    Retention = SolaxCloud.Subjects.AccountRetention)]
[assembly: PiiActivity(SolaxCloud.Groups.Communications, Description = "To communicate with you, confirm eligibility and collect your issues and suggestions.", Purpose = Purpose.Communications | Purpose.CustomerSupport,
    DataSubjects = new[] { SolaxCloud.Subjects.EndUsers, SolaxCloud.Subjects.Installers, SolaxCloud.Subjects.Agents }, Items = new[] { SolaxCloud.Groups.Communications },
    Recipients = new[] { SolaxCloud.Subjects.Affiliates, SolaxCloud.Subjects.Authorities }, Transfers = new[] { SolaxCloud.Subjects.TransferText })]
[assembly: PiiActivity(SolaxCloud.Groups.Network, Description = "Optimise the operation of websites and apps, based on your consent, our contract with you and/or our legitimate interests in improving user experience and security.",
    Purpose = Purpose.ServiceDelivery | Purpose.Security, LegalBasis = LegalBasis.Consent | LegalBasis.Contract | LegalBasis.LegitimateInterests,
    DataSubjects = new[] { SolaxCloud.Subjects.EndUsers, SolaxCloud.Subjects.Installers, SolaxCloud.Subjects.Agents, SolaxCloud.Subjects.Visitors }, Items = new[] { SolaxCloud.Groups.Network },
    Recipients = new[] { SolaxCloud.Subjects.Affiliates, SolaxCloud.Subjects.Authorities }, Transfers = new[] { SolaxCloud.Subjects.TransferText })]
[assembly: PiiActivity(SolaxCloud.Groups.Device, Description = "Map positioning. SIM card recharge, package, traffic and balance queries. Device status and website statistics, for remote product information and control, warranty binding, local app login, improving products and services.",
    Purpose = Purpose.ServiceDelivery | Purpose.Account | Purpose.CustomerSupport,
    DataSubjects = new[] { SolaxCloud.Subjects.EndUsers }, Items = new[] { SolaxCloud.Groups.Device },
    Recipients = new[] { SolaxCloud.Subjects.AuthorisedInstallers, SolaxCloud.Subjects.Affiliates, SolaxCloud.Subjects.Authorities }, Transfers = new[] { SolaxCloud.Subjects.TransferText })]
[assembly: PiiActivity(SolaxCloud.Groups.DeviceLog, Description = "Make sure products and services work correctly. Locate defects.", Purpose = Purpose.ServiceDelivery | Purpose.Diagnostics,
    DataSubjects = new[] { SolaxCloud.Subjects.EndUsers }, Items = new[] { SolaxCloud.Groups.DeviceLog },
    Recipients = new[] { SolaxCloud.Subjects.Affiliates, SolaxCloud.Subjects.Authorities }, Transfers = new[] { SolaxCloud.Subjects.TransferText })]
[assembly: PiiActivity(SolaxCloud.Groups.Currency, Description = "To show the economic benefit in the client software.", Purpose = Purpose.ServiceDelivery,
    DataSubjects = new[] { SolaxCloud.Subjects.EndUsers }, Items = new[] { SolaxCloud.Groups.Currency })]
[assembly: PiiActivity(SolaxCloud.Groups.TimeZone, Description = "Compute the plant's local time and obtain the solar irradiance, so the system works correctly.", Purpose = Purpose.ServiceDelivery,
    DataSubjects = new[] { SolaxCloud.Subjects.EndUsers }, Items = new[] { SolaxCloud.Groups.TimeZone })]
[assembly: PiiActivity(SolaxCloud.Groups.SystemSize, Description = "Show the plant's information in the client software, so users know its operating status better.", Purpose = Purpose.ServiceDelivery,
    DataSubjects = new[] { SolaxCloud.Subjects.EndUsers }, Items = new[] { SolaxCloud.Groups.SystemSize })]

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

    // Purposes in PiiGuard's vocabulary; the policy's own words are on the activities above.
    public const Purpose ContactPurposes = Purpose.Communications | Purpose.CustomerSupport | Purpose.Account | Purpose.ServiceDelivery | Purpose.Marketing;
    public const Purpose AccountPurposes = Purpose.Account;
    public const Purpose NetworkPurposes = Purpose.ServiceDelivery | Purpose.Security;
    public const Purpose DevicePurposes = Purpose.ServiceDelivery | Purpose.Account | Purpose.CustomerSupport;
    public const Purpose DeviceLogPurposes = Purpose.ServiceDelivery | Purpose.Diagnostics;

    // The legal bases the policy states, for network activity only.
    public const LegalBasis NetworkBases = LegalBasis.Consent | LegalBasis.Contract | LegalBasis.LegitimateInterests;
}

/// <summary>Data subjects, recipients and retention as the policy words them.</summary>
internal static class Subjects
{
    public const string EndUsers = "End users";
    public const string Installers = "Installers";
    public const string Agents = "Agents";
    public const string Visitors = "Website visitors";

    public const string AuthorisedInstallers = "Authorised installers (installation and maintenance)";
    public const string Affiliates = "Affiliates and subsidiaries of SolaX Power";
    public const string Authorities = "Law enforcement and other government agencies, where the law requires";

    public const string TransferText = "Countries the European Commission recognises as adequate; elsewhere EU standard contractual clauses, the data subject's consent, or anonymisation before the transfer";

    public const string AccountRetention = "Kept as long as the account is needed to provide the services; on an end user's request the account, contact information and the account–plant link are removed, usually within 3 working days";

    /// <summary>End-user account and contact data: the only data the "usually within 3 working days" deletion covers.</summary>
    public const string EndUserDeletion = "Until the account is deleted; on an end user's request removed, usually within 3 working days";

    /// <summary>Installer and agent accounts: removed on request, with no time stated.</summary>
    public const string PartnerDeletion = "Until the account is deleted; removed on request (no time stated)";
}
