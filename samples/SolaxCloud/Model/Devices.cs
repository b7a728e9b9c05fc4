using PiiGuard;

namespace SolaxCloud.Model;

/// <summary>An inverter and what it reports; linked to a plant and so to a person.</summary>
public sealed class Inverter
{
    public Guid PlantId { get; init; }

    [Pii(Category.DeviceId, Item = "Inverter SN", Group = Groups.Device, DataSubject = "Device data", Purpose = Groups.DevicePurposes, LegalBasis = LegalBasis.Contract,
         Description = "Remote product information and control; warranty binding")]
    [PiiAccess(Roles.EndUser, Roles.AccessDelete)]
    [PiiAccess(Roles.Agent, PiiOperation.Access)]
    [PiiAccess(Roles.Installer, PiiOperation.Access)]
    [PiiAccess(Roles.CustomerService, Roles.AccessDelete)]
    public string SerialNumber { get; set; } = "";

    [Pii(Category.Device, Item = "PV model", Group = Groups.Device, DataSubject = "Device data", Purpose = Groups.DevicePurposes, LegalBasis = LegalBasis.Contract)]
    [PiiAccess(Roles.EndUser, Roles.All)]
    [PiiAccess(Roles.Agent, Roles.AccessEdit)]
    [PiiAccess(Roles.Installer, Roles.AccessEdit)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string PvModel { get; set; } = "";

    [Pii(Category.Device, Item = "Deployment time", Group = Groups.Device, DataSubject = "Device data", Purpose = Groups.DevicePurposes, LegalBasis = LegalBasis.Contract)]
    [PiiAccess(Roles.EndUser, Roles.All)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public DateTimeOffset DeployedAt { get; set; }

    [Pii(Category.Device, Item = "Extended warranty code", Group = Groups.Device, DataSubject = "Device data", Purpose = Groups.DevicePurposes, LegalBasis = LegalBasis.Contract)]
    [PiiAccess(Roles.EndUser, Roles.AccessDelete)]
    [PiiAccess(Roles.CustomerService, Roles.AccessDelete)]
    public string? ExtendedWarrantyCode { get; set; }

    [Pii(Category.Device, Item = "Promo code", Group = Groups.Device, DataSubject = "Device data", Purpose = Groups.DevicePurposes, LegalBasis = LegalBasis.Contract)]
    [PiiAccess(Roles.EndUser, Roles.AccessDelete)]
    [PiiAccess(Roles.CustomerService, Roles.AccessDelete)]
    public string? PromoCode { get; set; }
}

public sealed class Battery
{
    public Guid PlantId { get; init; }

    [Pii(Category.DeviceId, Item = "Battery SN", Group = Groups.Device, DataSubject = "Device data", Purpose = Groups.DevicePurposes, LegalBasis = LegalBasis.Contract)]
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

    [Pii(Category.DeviceId, Item = "Network module SN", Group = Groups.Device, DataSubject = "Device data", Purpose = Groups.DevicePurposes, LegalBasis = LegalBasis.Contract)]
    [PiiAccess(Roles.EndUser, Roles.AccessDelete)]
    [PiiAccess(Roles.Agent, PiiOperation.Access)]
    [PiiAccess(Roles.Installer, PiiOperation.Access)]
    [PiiAccess(Roles.CustomerService, Roles.AccessDelete)]
    public string SerialNumber { get; set; } = "";

    [Pii(Category.DeviceId, Item = "SIM card", Group = Groups.Device, DataSubject = "Device data", Purpose = Purpose.ServiceDelivery | Purpose.Payment, LegalBasis = LegalBasis.Contract,
         Description = "SIM recharge, package, traffic and balance queries")]
    public string SimIccid { get; set; } = "";
}

/// <summary>One power reading of a plant.</summary>
public sealed record PowerReading(
    Guid PlantId,
    DateTimeOffset At,
    [property: Pii(Category.Sensor, Item = "Generated power", Group = Groups.Device, DataSubject = "Device data", Purpose = Groups.DevicePurposes, LegalBasis = LegalBasis.Contract)]
    [property: PiiAccess(Roles.EndUser, Roles.AccessDelete)]
    [property: PiiAccess(Roles.Agent, PiiOperation.Access)]
    [property: PiiAccess(Roles.Installer, PiiOperation.Access)]
    [property: PiiAccess(Roles.CustomerService, Roles.All)]
    double GeneratedKw,
    [property: Pii(Category.Sensor, Item = "Consumed power", Group = Groups.Device, DataSubject = "Device data", Purpose = Groups.DevicePurposes, LegalBasis = LegalBasis.Contract)]
    [property: PiiAccess(Roles.EndUser, Roles.AccessDelete)]
    [property: PiiAccess(Roles.Agent, PiiOperation.Access)]
    [property: PiiAccess(Roles.Installer, PiiOperation.Access)]
    [property: PiiAccess(Roles.CustomerService, Roles.All)]
    double ConsumedKw,
    [property: Pii(Category.Sensor, Item = "PV production", Group = Groups.Device, DataSubject = "Device data", Purpose = Groups.DevicePurposes, LegalBasis = LegalBasis.Contract)]
    [property: PiiAccess(Roles.EndUser, Roles.All)]
    [property: PiiAccess(Roles.Agent, Roles.AccessEdit)]
    [property: PiiAccess(Roles.Installer, Roles.AccessEdit)]
    [property: PiiAccess(Roles.CustomerService, Roles.All)]
    double PvProductionKwh);

/// <summary>A device log line: server visit time, protocol, device type and serial number.</summary>
public sealed class DeviceLogEntry
{
    public DateTimeOffset ServerVisitTime { get; init; }

    public string Protocol { get; init; } = "mqtt";

    public string DeviceType { get; init; } = "";

    [Pii(Category.DeviceId, Item = "Device log serial number", Group = Groups.DeviceLog, DataSubject = "Device data", Purpose = Purpose.ServiceDelivery | Purpose.Diagnostics,
         LegalBasis = LegalBasis.LegitimateInterests, Description = "Make products work correctly; locate defects")]
    public string SerialNumber { get; init; } = "";
}

/// <summary>A recharge of the network module's SIM card.</summary>
public sealed class SimRecharge
{
    public Guid Id { get; init; }

    [Pii(Category.Account, Item = "SIM recharge record", Group = Groups.Device, DataSubject = "End-user data", Purpose = Purpose.Payment, LegalBasis = LegalBasis.Contract,
         Retention = "P6M", RetentionFrom = "the transaction", Description = "Login account, order number, amount, payment method and time of the recharge")]
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

    [Pii(Category.Content, Item = "Support request", Group = Groups.Communications, DataSubject = "End-user data", Purpose = Purpose.CustomerSupport,
         LegalBasis = LegalBasis.Contract, Description = "Communicate with you; collect your issues and suggestions")]
    public string Text { get; init; } = "";
}
