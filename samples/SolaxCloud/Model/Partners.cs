using PiiGuard;

namespace SolaxCloud.Model;

/// <summary>An installer company's account: installs and maintains plants for end users.</summary>
public sealed class Installer
{
    public Guid Id { get; init; }

    [Pii(Category.Contact, Item = "Email", Group = Groups.Contact, DataSubject = "Installer data", Purpose = Groups.ContactPurposes, RetentionText = Subjects.PartnerDeletion)]
    [PiiAccess(Roles.Agent, Roles.All)]
    [PiiAccess(Roles.Installer, Roles.All)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string Email { get; set; } = "";

    [Pii(Category.Name, Item = "Name", Group = Groups.Contact, DataSubject = "Installer data", Purpose = Groups.ContactPurposes, RetentionText = Subjects.PartnerDeletion)]
    [PiiAccess(Roles.Agent, Roles.All)]
    [PiiAccess(Roles.Installer, Roles.All)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string Name { get; set; } = "";

    [Pii(Category.Contact, Item = "Company name", Group = Groups.Contact, DataSubject = "Installer data", Purpose = Groups.ContactPurposes, RetentionText = Subjects.PartnerDeletion)]
    [PiiAccess(Roles.Agent, Roles.All)]
    [PiiAccess(Roles.Installer, Roles.All)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string CompanyName { get; set; } = "";

    [Pii(Category.Contact, Item = "Phone", Group = Groups.Contact, DataSubject = "Installer data", Purpose = Groups.ContactPurposes, RetentionText = Subjects.PartnerDeletion)]
    [PiiAccess(Roles.Agent, Roles.All)]
    [PiiAccess(Roles.Installer, Roles.All)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string Phone { get; set; } = "";

    [Pii(Category.Location, Item = "Country", Group = Groups.Contact, DataSubject = "Installer data", Purpose = Groups.ContactPurposes, RetentionText = Subjects.PartnerDeletion)]
    [PiiAccess(Roles.Agent, Roles.All)]
    [PiiAccess(Roles.Installer, Roles.All)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string Country { get; set; } = "";

    [Pii(Category.Contact, Item = "Address", Group = Groups.Contact, DataSubject = "Installer data", Purpose = Groups.ContactPurposes, RetentionText = Subjects.PartnerDeletion)]
    [PiiAccess(Roles.Agent, Roles.All)]
    [PiiAccess(Roles.Installer, Roles.All)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string Address { get; set; } = "";

    [Pii(Category.IpAddress, Item = "IP address", Group = Groups.Network, DataSubject = "Installer data", Purpose = Groups.NetworkPurposes, LegalBasis = Groups.NetworkBases)]
    [PiiAccess(Roles.CustomerService, PiiOperation.Access)]
    public string LastIpAddress { get; set; } = "";

    [Pii(Category.Account, Item = "Account", Group = Groups.Account, DataSubject = "Installer data", Purpose = Groups.AccountPurposes, RetentionText = Subjects.PartnerDeletion)]
    [PiiAccess(Roles.Agent, Roles.All)]
    [PiiAccess(Roles.Installer, Roles.AccessEdit)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string Account { get; set; } = "";

    [Pii(Category.Credentials, Item = "Password", Group = Groups.Account, DataSubject = "Installer data", Purpose = Groups.AccountPurposes, RetentionText = Subjects.PartnerDeletion)]
    [PiiAccess(Roles.Installer, PiiOperation.Edit)]
    [PiiAccess(Roles.Agent, PiiOperation.Delete)]
    [PiiAccess(Roles.CustomerService, PiiOperation.Delete)]
    public string PasswordHash { get; set; } = "";
}

/// <summary>A distributor (agent) that manages installers and end users in a region.</summary>
public sealed class Agent
{
    public Guid Id { get; init; }

    [Pii(Category.Contact, Item = "Email", Group = Groups.Contact, DataSubject = "Agent data", Purpose = Groups.ContactPurposes, RetentionText = Subjects.PartnerDeletion)]
    [PiiAccess(Roles.Agent, Roles.All)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string Email { get; set; } = "";

    [Pii(Category.Name, Item = "Name", Group = Groups.Contact, DataSubject = "Agent data", Purpose = Groups.ContactPurposes, RetentionText = Subjects.PartnerDeletion)]
    [PiiAccess(Roles.Agent, Roles.All)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string Name { get; set; } = "";

    [Pii(Category.Contact, Item = "Company name", Group = Groups.Contact, DataSubject = "Agent data", Purpose = Groups.ContactPurposes, RetentionText = Subjects.PartnerDeletion)]
    [PiiAccess(Roles.Agent, Roles.All)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string CompanyName { get; set; } = "";

    [Pii(Category.Location, Item = "Country", Group = Groups.Contact, DataSubject = "Agent data", Purpose = Groups.ContactPurposes, RetentionText = Subjects.PartnerDeletion)]
    [PiiAccess(Roles.Agent, Roles.All)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string Country { get; set; } = "";

    [Pii(Category.Contact, Item = "Address", Group = Groups.Contact, DataSubject = "Agent data", Purpose = Groups.ContactPurposes, RetentionText = Subjects.PartnerDeletion)]
    [PiiAccess(Roles.Agent, Roles.All)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string Address { get; set; } = "";

    [Pii(Category.Contact, Item = "Phone", Group = Groups.Contact, DataSubject = "Agent data", Purpose = Groups.ContactPurposes, RetentionText = Subjects.PartnerDeletion)]
    [PiiAccess(Roles.Agent, Roles.All)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string Phone { get; set; } = "";

    [Pii(Category.Account, Item = "Account", Group = Groups.Account, DataSubject = "Agent data", Purpose = Groups.AccountPurposes, RetentionText = Subjects.PartnerDeletion)]
    [PiiAccess(Roles.Agent, Roles.All)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string Account { get; set; } = "";

    [Pii(Category.IpAddress, Item = "IP address", Group = Groups.Network, DataSubject = "Agent data", Purpose = Groups.NetworkPurposes, LegalBasis = Groups.NetworkBases)]
    [PiiAccess(Roles.CustomerService, PiiOperation.Access)]
    public string LastIpAddress { get; set; } = "";

    [Pii(Category.Credentials, Item = "Password", Group = Groups.Account, DataSubject = "Agent data", Purpose = Groups.AccountPurposes, RetentionText = Subjects.PartnerDeletion)]
    [PiiAccess(Roles.Agent, Roles.EditDelete)]
    [PiiAccess(Roles.CustomerService, PiiOperation.Delete)]
    public string PasswordHash { get; set; } = "";
}
