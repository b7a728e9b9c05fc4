using PiiGuard;

namespace SolaxCloud.Model;

/// <summary>An owner of a solar plant using the SolaX Cloud app.</summary>
public sealed class EndUser
{
    public Guid Id { get; init; }

    [Pii(Category.Contact, Item = "Email", Group = Groups.Contact, DataSubject = "End-user data", Purpose = Groups.ContactPurposes,
         Description = "Communicate with you, password reset, warranty binding; with consent, product news", RetentionText = Subjects.EndUserDeletion)]
    [PiiAccess(Roles.EndUser, Roles.All)]
    [PiiAccess(Roles.Agent, Roles.All)]
    [PiiAccess(Roles.Installer, PiiOperation.Access)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string Email { get; set; } = "";

    [Pii(Category.Name, Item = "Name", Group = Groups.Contact, DataSubject = "End-user data", Purpose = Groups.ContactPurposes,
         RetentionText = Subjects.EndUserDeletion)]
    [PiiAccess(Roles.EndUser, Roles.All)]
    [PiiAccess(Roles.Agent, Roles.All)]
    [PiiAccess(Roles.Installer, PiiOperation.Access)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string Name { get; set; } = "";

    [Pii(Category.Contact, Item = "Phone", Group = Groups.Contact, DataSubject = "End-user data", Purpose = Groups.ContactPurposes,
         RetentionText = Subjects.EndUserDeletion)]
    [PiiAccess(Roles.EndUser, Roles.All)]
    [PiiAccess(Roles.Agent, Roles.All)]
    [PiiAccess(Roles.Installer, PiiOperation.Access)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string Phone { get; set; } = "";

    [Pii(Category.Account, Item = "Account", Group = Groups.Account, DataSubject = "End-user data", Purpose = Groups.AccountPurposes,
         RetentionText = Subjects.EndUserDeletion)]
    [PiiAccess(Roles.EndUser, Roles.All)]
    [PiiAccess(Roles.Agent, PiiOperation.Access | PiiOperation.Delete)]
    [PiiAccess(Roles.Installer, PiiOperation.Access)]
    [PiiAccess(Roles.CustomerService, PiiOperation.Access | PiiOperation.Delete)]
    public string Account { get; set; } = "";

    [Pii(Category.Credentials, Item = "Password", Group = Groups.Account, DataSubject = "End-user data", Purpose = Groups.AccountPurposes,
         RetentionText = Subjects.EndUserDeletion)]
    [PiiAccess(Roles.EndUser, Roles.EditDelete)]
    [PiiAccess(Roles.Agent, PiiOperation.Delete)]
    [PiiAccess(Roles.CustomerService, PiiOperation.Delete)]
    public string PasswordHash { get; set; } = "";

    [Pii(Category.Contact, Item = "Address", Group = Groups.Contact, DataSubject = "End-user data", Purpose = Groups.ContactPurposes,
         RetentionText = Subjects.EndUserDeletion)]
    [PiiAccess(Roles.EndUser, Roles.All)]
    [PiiAccess(Roles.Agent, Roles.AccessDelete)]
    [PiiAccess(Roles.Installer, PiiOperation.Access)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string Address { get; set; } = "";

    [Pii(Category.Contact, Item = "Postcode", Group = Groups.Contact, DataSubject = "End-user data", Purpose = Groups.ContactPurposes,
         RetentionText = Subjects.EndUserDeletion)]
    [PiiAccess(Roles.EndUser, Roles.All)]
    [PiiAccess(Roles.Agent, Roles.AccessDelete)]
    [PiiAccess(Roles.Installer, PiiOperation.Access)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string Postcode { get; set; } = "";

    [Pii(Category.Location, Item = "Country", Group = Groups.Contact, DataSubject = "End-user data", Purpose = Groups.ContactPurposes,
         RetentionText = Subjects.EndUserDeletion)]
    [PiiAccess(Roles.EndUser, Roles.All)]
    [PiiAccess(Roles.Agent, Roles.All)]
    [PiiAccess(Roles.Installer, Roles.All)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string Country { get; set; } = "";

    [Pii(Category.Contact, Item = "cc e-mail", Group = Groups.Contact, DataSubject = "End-user data", Purpose = Groups.ContactPurposes,
         RetentionText = Subjects.EndUserDeletion)]
    public string? CcEmail { get; set; }

    [Pii(Category.Contact, Item = "Company name", Group = Groups.Contact, DataSubject = "End-user data", Purpose = Groups.ContactPurposes,
         RetentionText = Subjects.EndUserDeletion)]
    public string? CompanyName { get; set; }

    [Pii(Category.Contact, Item = "Job title", Group = Groups.Contact, DataSubject = "End-user data", Purpose = Groups.ContactPurposes,
         RetentionText = Subjects.EndUserDeletion)]
    public string? JobTitle { get; set; }

    [Pii(Category.IpAddress, Item = "IP address", Group = Groups.Network, DataSubject = "End-user data", Purpose = Groups.NetworkPurposes,
         LegalBasis = Groups.NetworkBases)]
    [PiiAccess(Roles.CustomerService, PiiOperation.Access)]
    public string LastIpAddress { get; set; } = "";
}
