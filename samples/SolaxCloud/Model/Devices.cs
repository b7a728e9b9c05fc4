using PiiGuard;

namespace SolaxCloud.Model;

/// <summary>An inverter and what it reports; linked to a plant and so to a person.</summary>
public sealed class Inverter
{
    public Guid PlantId { get; init; }

    [Pii(Category.DeviceId, Item = "Inverter SN", Group = Groups.Device, DataSubject = "Device data", Purpose = Groups.DevicePurposes,
         Description = "Remote product information and control; warranty binding")]
    [PiiAccess(Roles.EndUser, Roles.AccessDelete)]
    [PiiAccess(Roles.Agent, PiiOperation.Access)]
    [PiiAccess(Roles.Installer, PiiOperation.Access)]
    [PiiAccess(Roles.CustomerService, Roles.AccessDelete)]
    public string SerialNumber { get; set; } = "";

    [Pii(Category.Device, Item = "Device type", Group = Groups.Device, DataSubject = "Device data", Purpose = Groups.DevicePurposes)]
    public string DeviceType { get; set; } = "";

    [Pii(Category.Device, Item = "Device name", Group = Groups.Device, DataSubject = "Device data", Purpose = Groups.DevicePurposes)]
    public string DeviceName { get; set; } = "";

    [Pii(Category.Device, Item = "Part number", Group = Groups.Device, DataSubject = "Device data", Purpose = Groups.DevicePurposes)]
    public string PartNumber { get; set; } = "";

    [Pii(Category.Device, Item = "Firmware version", Group = Groups.Device, DataSubject = "Device data", Purpose = Groups.DevicePurposes)]
    public string FirmwareVersion { get; set; } = "";

    [Pii(Category.Device, Item = "Language", Group = Groups.Device, DataSubject = "Device data", Purpose = Groups.DevicePurposes)]
    public string Language { get; set; } = "";

    [Pii(Category.Device, Item = "PV model", Group = Groups.Device, DataSubject = "Device data", Purpose = Groups.DevicePurposes)]
    [PiiAccess(Roles.EndUser, Roles.All)]
    [PiiAccess(Roles.Agent, Roles.AccessEdit)]
    [PiiAccess(Roles.Installer, Roles.AccessEdit)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string PvModel { get; set; } = "";

    [Pii(Category.Device, Item = "Deployment time", Group = Groups.Device, DataSubject = "Device data", Purpose = Groups.DevicePurposes)]
    [PiiAccess(Roles.EndUser, Roles.All)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public DateTimeOffset DeployedAt { get; set; }

    [Pii(Category.Device, Item = "Extended warranty code", Group = Groups.Device, DataSubject = "Device data", Purpose = Groups.DevicePurposes)]
    [PiiAccess(Roles.EndUser, Roles.AccessDelete)]
    [PiiAccess(Roles.CustomerService, Roles.AccessDelete)]
    public string? ExtendedWarrantyCode { get; set; }

    [Pii(Category.Device, Item = "Promo code", Group = Groups.Device, DataSubject = "Device data", Purpose = Groups.DevicePurposes)]
    [PiiAccess(Roles.EndUser, Roles.AccessDelete)]
    [PiiAccess(Roles.CustomerService, Roles.AccessDelete)]
    public string? PromoCode { get; set; }
}

public sealed class Battery
{
    public Guid PlantId { get; init; }

    [Pii(Category.DeviceId, Item = "Battery SN", Group = Groups.Device, DataSubject = "Device data", Purpose = Groups.DevicePurposes)]
    [PiiAccess(Roles.EndUser, Roles.AccessDelete)]
    [PiiAccess(Roles.Agent, PiiOperation.Access)]
    [PiiAccess(Roles.Installer, PiiOperation.Access)]
    [PiiAccess(Roles.CustomerService, Roles.AccessDelete)]
    public string SerialNumber { get; set; } = "";
}

/// <summary>The GPRS/4G network module that connects an inverter to the cloud.</summary>
public sealed class NetworkModule
{
    public Guid PlantId { get; init; }

    [Pii(Category.DeviceId, Item = "Network module SN", Group = Groups.Device, DataSubject = "Device data", Purpose = Groups.DevicePurposes)]
    [PiiAccess(Roles.EndUser, Roles.AccessDelete)]
    [PiiAccess(Roles.Agent, PiiOperation.Access)]
    [PiiAccess(Roles.Installer, PiiOperation.Access)]
    [PiiAccess(Roles.CustomerService, Roles.AccessDelete)]
    public string SerialNumber { get; set; } = "";

    [Pii(Category.DeviceId, Item = "SIM card", Group = Groups.Device, DataSubject = "Device data", Purpose = Purpose.ServiceDelivery | Purpose.Payment,
         Description = "SIM information: recharge, package, traffic and balance queries")]
    public string SimIccid { get; set; } = "";
}

/// <summary>One power reading of a plant.</summary>
public sealed record PowerReading(
    Guid PlantId,
    DateTimeOffset At,
    [property: Pii(Category.Sensor, Item = "Generated power", Group = Groups.Device, DataSubject = "Device data", Purpose = Groups.DevicePurposes)]
    [property: PiiAccess(Roles.EndUser, Roles.AccessDelete)]
    [property: PiiAccess(Roles.Agent, PiiOperation.Access)]
    [property: PiiAccess(Roles.Installer, PiiOperation.Access)]
    [property: PiiAccess(Roles.CustomerService, Roles.All)]
    double GeneratedKw,
    [property: Pii(Category.Sensor, Item = "Consumed power", Group = Groups.Device, DataSubject = "Device data", Purpose = Groups.DevicePurposes)]
    [property: PiiAccess(Roles.EndUser, Roles.AccessDelete)]
    [property: PiiAccess(Roles.Agent, PiiOperation.Access)]
    [property: PiiAccess(Roles.Installer, PiiOperation.Access)]
    [property: PiiAccess(Roles.CustomerService, Roles.All)]
    double ConsumedKw,
    [property: Pii(Category.Sensor, Item = "PV production", Group = Groups.Device, DataSubject = "Device data", Purpose = Groups.DevicePurposes)]
    [property: PiiAccess(Roles.EndUser, Roles.All)]
    [property: PiiAccess(Roles.Agent, Roles.AccessEdit)]
    [property: PiiAccess(Roles.Installer, Roles.AccessEdit)]
    [property: PiiAccess(Roles.CustomerService, Roles.All)]
    double PvProductionKwh);

/// <summary>A device log line: server visit time, protocol, device type and serial number.</summary>
public sealed class DeviceLogEntry
{
    [Pii(Category.Telemetry, Item = "Server visit time", Group = Groups.DeviceLog, DataSubject = "Device data", Purpose = Groups.DeviceLogPurposes)]
    public DateTimeOffset ServerVisitTime { get; init; }

    [Pii(Category.Telemetry, Item = "Protocol", Group = Groups.DeviceLog, DataSubject = "Device data", Purpose = Groups.DeviceLogPurposes)]
    public string Protocol { get; init; } = "mqtt";

    [Pii(Category.Device, Item = "Device type (device log)", Group = Groups.DeviceLog, DataSubject = "Device data", Purpose = Groups.DeviceLogPurposes)]
    public string DeviceType { get; init; } = "";

    [Pii(Category.DeviceId, Item = "Device log serial number", Group = Groups.DeviceLog, DataSubject = "Device data", Purpose = Groups.DeviceLogPurposes, Description = "Device information (type, serial number) in the device log")]
    public string SerialNumber { get; init; } = "";
}

/// <summary>A recharge of the network module's SIM card.</summary>
public sealed class SimRecharge
{
    public Guid Id { get; init; }

    [Pii(Category.Account, Item = "SIM recharge record", Group = Groups.Device, DataSubject = "End-user data", Purpose = Purpose.Payment,
         Retention = "P6M", RetentionFrom = "the start of the transaction", RetentionText = "Deleted automatically 6 months after the start of the transaction", Description = "Login account, order number, amount, payment method and time of the recharge")]
    public string LoginAccount { get; init; } = "";

    public string OrderNumber { get; init; } = "";

    public decimal Amount { get; init; }

    public string PaymentMethod { get; init; } = "";

    public DateTimeOffset At { get; init; }
}

/// <summary>A message to customer service.</summary>
public sealed class SupportMessage
{
    public Guid Id { get; init; }

    public Guid FromUser { get; init; }

    [Pii(Category.Content, Item = "Support request", Group = Groups.Communications, DataSubject = "End-user data", Purpose = Purpose.Communications | Purpose.CustomerSupport, Description = "Your information requests, calls, e-mails or in-person communication, visits, newsletters")]
    public string Text { get; init; } = "";
}

/// <summary>A visit to the website or app: the "network activity" of the policy's first table.</summary>
public sealed class WebSession
{
    public Guid Id { get; init; }

    [Pii(Category.Device, Item = "Device model", Group = Groups.Network, DataSubject = "Website visitors", Purpose = Groups.NetworkPurposes, LegalBasis = Groups.NetworkBases)]
    public string DeviceModel { get; init; } = "";

    [Pii(Category.Device, Item = "Browser type", Group = Groups.Network, DataSubject = "Website visitors", Purpose = Groups.NetworkPurposes, LegalBasis = Groups.NetworkBases)]
    public string BrowserType { get; init; } = "";

    [Pii(Category.Device, Item = "Operating system", Group = Groups.Network, DataSubject = "Website visitors", Purpose = Groups.NetworkPurposes, LegalBasis = Groups.NetworkBases)]
    public string OperatingSystem { get; init; } = "";

    [Pii(Category.Location, Item = "Region", Group = Groups.Network, DataSubject = "Website visitors", Purpose = Groups.NetworkPurposes, LegalBasis = Groups.NetworkBases)]
    public string Region { get; init; } = "";

    [Pii(Category.IpAddress, Item = "IP address", Group = Groups.Network, DataSubject = "Website visitors", Purpose = Groups.NetworkPurposes, LegalBasis = Groups.NetworkBases)]
    public string IpAddress { get; init; } = "";

    [Pii(Category.Behavior, Item = "Pixel tags", Group = Groups.Network, DataSubject = "Website visitors", Purpose = Groups.NetworkPurposes, LegalBasis = Groups.NetworkBases)]
    public string? PixelTag { get; init; }

    [Pii(Category.UniqueId, Item = "Cookies", Group = Groups.Network, DataSubject = "Website visitors", Purpose = Groups.NetworkPurposes, LegalBasis = Groups.NetworkBases)]
    public string? CookieId { get; init; }
}
