using PiiGuard;

namespace SolaxCloud.Model;

/// <summary>An owner of a solar plant using the SolaX Cloud app.</summary>
public sealed class EndUser
{
    public Guid Id { get; init; }

    [Pii(Category.Contact, Item = "Email", Group = Groups.Contact, DataSubject = "End-user data", Purpose = Groups.ContactPurposes,
         LegalBasis = LegalBasis.Contract | LegalBasis.Consent, Description = "Communicate with you, password reset, warranty binding; with consent, product news",
         RetentionFrom = "account deletion", Retention = "P3D")]
    [PiiAccess(Roles.EndUser, Roles.All)]
    [PiiAccess(Roles.Agent, Roles.All)]
    [PiiAccess(Roles.Installer, PiiOperation.Access)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string Email { get; set; } = "";

    [Pii(Category.Name, Item = "Name", Group = Groups.Contact, DataSubject = "End-user data", Purpose = Groups.ContactPurposes,
         LegalBasis = LegalBasis.Contract, Retention = "P3D", RetentionFrom = "account deletion")]
    [PiiAccess(Roles.EndUser, Roles.All)]
    [PiiAccess(Roles.Agent, Roles.All)]
    [PiiAccess(Roles.Installer, PiiOperation.Access)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string Name { get; set; } = "";

    [Pii(Category.Contact, Item = "Phone", Group = Groups.Contact, DataSubject = "End-user data", Purpose = Groups.ContactPurposes,
         LegalBasis = LegalBasis.Contract, Retention = "P3D", RetentionFrom = "account deletion")]
    [PiiAccess(Roles.EndUser, Roles.All)]
    [PiiAccess(Roles.Agent, Roles.All)]
    [PiiAccess(Roles.Installer, PiiOperation.Access)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string Phone { get; set; } = "";

    [Pii(Category.Account, Item = "Account", Group = Groups.Account, DataSubject = "End-user data", Purpose = Groups.AccountPurposes,
         LegalBasis = LegalBasis.Contract, Retention = "P3D", RetentionFrom = "account deletion")]
    [PiiAccess(Roles.EndUser, Roles.All)]
    [PiiAccess(Roles.Agent, PiiOperation.Access | PiiOperation.Delete)]
    [PiiAccess(Roles.Installer, PiiOperation.Access)]
    [PiiAccess(Roles.CustomerService, PiiOperation.Access | PiiOperation.Delete)]
    public string Account { get; set; } = "";

    [Pii(Category.Credentials, Item = "Password", Group = Groups.Account, DataSubject = "End-user data", Purpose = Groups.AccountPurposes,
         LegalBasis = LegalBasis.Contract, Retention = "P3D", RetentionFrom = "account deletion")]
    [PiiAccess(Roles.EndUser, Roles.EditDelete)]
    [PiiAccess(Roles.Agent, PiiOperation.Delete)]
    [PiiAccess(Roles.CustomerService, PiiOperation.Delete)]
    public string PasswordHash { get; set; } = "";

    [Pii(Category.Contact, Item = "Address", Group = Groups.Contact, DataSubject = "End-user data", Purpose = Groups.ContactPurposes,
         LegalBasis = LegalBasis.Contract, Retention = "P3D", RetentionFrom = "account deletion")]
    [PiiAccess(Roles.EndUser, Roles.All)]
    [PiiAccess(Roles.Agent, Roles.AccessDelete)]
    [PiiAccess(Roles.Installer, PiiOperation.Access)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string Address { get; set; } = "";

    [Pii(Category.Contact, Item = "Postcode", Group = Groups.Contact, DataSubject = "End-user data", Purpose = Groups.ContactPurposes,
         LegalBasis = LegalBasis.Contract, Retention = "P3D", RetentionFrom = "account deletion")]
    [PiiAccess(Roles.EndUser, Roles.All)]
    [PiiAccess(Roles.Agent, Roles.AccessDelete)]
    [PiiAccess(Roles.Installer, PiiOperation.Access)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string Postcode { get; set; } = "";

    [Pii(Category.Location, Item = "Country", Group = Groups.Contact, DataSubject = "End-user data", Purpose = Groups.ContactPurposes,
         LegalBasis = LegalBasis.Contract, Retention = "P3D", RetentionFrom = "account deletion")]
    [PiiAccess(Roles.EndUser, Roles.All)]
    [PiiAccess(Roles.Agent, Roles.All)]
    [PiiAccess(Roles.Installer, Roles.All)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string Country { get; set; } = "";

    [Pii(Category.IpAddress, Item = "IP address", Group = Groups.Network, DataSubject = "End-user data", Purpose = Groups.NetworkPurposes,
         LegalBasis = LegalBasis.Consent | LegalBasis.Contract | LegalBasis.LegitimateInterests, Retention = "P3D", RetentionFrom = "account deletion")]
    [PiiAccess(Roles.CustomerService, PiiOperation.Access)]
    public string LastIpAddress { get; set; } = "";
}
