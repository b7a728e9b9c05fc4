using PiiGuard;

namespace SolaxCloud.Model;

/// <summary>A solar plant: where it is, its time zone, tariff and size.</summary>
public sealed class Plant
{
    public Guid Id { get; init; }

    public Guid OwnerId { get; init; }

    [Pii(Category.PreciseLocation, Item = "Location (lon/lat)", Group = Groups.Device, DataSubject = "End-user data",
         Purpose = Purpose.ServiceDelivery, Description = "Map positioning of the plant")]
    [PiiAccess(Roles.EndUser, Roles.All)]
    [PiiAccess(Roles.Agent, Roles.All)]
    [PiiAccess(Roles.Installer, PiiOperation.Access)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public GeoPoint Location { get; set; } = new(0, 0);

    [Pii(Category.Location, Item = "Time zone", Group = Groups.TimeZone, DataSubject = "End-user data", Purpose = Purpose.ServiceDelivery,
         Description = "Compute the plant's local time and solar irradiance")]
    [PiiAccess(Roles.EndUser, Roles.All)]
    [PiiAccess(Roles.Agent, Roles.All)]
    [PiiAccess(Roles.Installer, Roles.AccessEdit)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string TimeZone { get; set; } = "Europe/Berlin";

    [Pii(Category.Financial, Item = "Currency unit", Group = Groups.Currency, DataSubject = "End-user data", Purpose = Purpose.ServiceDelivery,
         Description = "Show the economic benefit in the client software")]
    [PiiAccess(Roles.EndUser, Roles.All)]
    [PiiAccess(Roles.Agent, Roles.All)]
    [PiiAccess(Roles.Installer, Roles.All)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public string Currency { get; set; } = "EUR";

    [Pii(Category.Financial, Item = "Tariff", Group = Groups.Currency, DataSubject = "End-user data", Purpose = Purpose.ServiceDelivery)]
    [PiiAccess(Roles.EndUser, Roles.All)]
    [PiiAccess(Roles.Agent, Roles.All)]
    [PiiAccess(Roles.Installer, Roles.All)]
    [PiiAccess(Roles.CustomerService, Roles.All)]
    public decimal TariffPerKwh { get; set; }

    [Pii(Category.Device, Item = "System size", Group = Groups.SystemSize, DataSubject = "Device data", Purpose = Purpose.ServiceDelivery,
         Description = "Show plant information and operating status")]
    public double RatedPowerKw { get; set; }
}

public sealed record GeoPoint(double Longitude, double Latitude);
