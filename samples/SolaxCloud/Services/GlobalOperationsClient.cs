using System.Net.Http.Json;
using PiiGuard;
using SolaxCloud.Model;

namespace SolaxCloud.Services;

/// <summary>Fault reports and fleet statistics for SolaX Power's global operations centre (outside the EU).</summary>
[PiiDestination("CN", Recipient = Subjects.Affiliates, RecipientKind = "Affiliate", Purpose = Purpose.ServiceDelivery | Purpose.Diagnostics | Purpose.CustomerSupport)]
public sealed class GlobalOperationsClient(HttpClient http)
{
    public async Task ReportFaultAsync(FaultReport report, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("v1/faults", report, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task ForwardSupportRequestAsync(SupportMessage message, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("v1/support", message, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}

/// <summary>What global operations needs to diagnose a device: the serial number and the readings around the fault.</summary>
public sealed record FaultReport(
    [property: Pii(Category.DeviceId, Item = "Inverter SN (fault report)", Group = Groups.DeviceLog, DataSubject = "Device data", Purpose = Groups.DeviceLogPurposes)]
    string InverterSerialNumber,
    string FaultCode,
    IReadOnlyList<PowerReading> Readings);
