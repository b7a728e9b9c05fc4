using SolaxCloud.Model;

namespace SolaxCloud.Services;

/// <summary>Assigns installers to plants and keeps the device log.</summary>
public sealed class InstallationService(ILogger<InstallationService> logger, GlobalOperationsClient operations)
{
    public void AssignInstaller(Plant plant, Installer installer)
    {
        // LEAK (PII0101): the installer's phone number has no purpose that covers logging; log the installer id.
        logger.LogInformation("Plant {PlantId} assigned to installer {InstallerId} ({Phone})", plant.Id, installer.Id, installer.Phone);
    }

    public void RecordDeviceLog(DeviceLogEntry entry)
    {
        // Compliant: the device log's serial number is declared for diagnostics.
        logger.LogInformation("Device {SerialNumber} ({DeviceType}) connected over {Protocol} at {At}",
            entry.SerialNumber, entry.DeviceType, entry.Protocol, entry.ServerVisitTime);

        // Compliant telemetry (tracing counts as logging): the same declared diagnostics purpose covers the span tag.
        System.Diagnostics.Activity.Current?.SetTag("solax.device.serial", entry.SerialNumber);
    }

    public Task ReportFaultAsync(Inverter inverter, IReadOnlyList<PowerReading> readings, string faultCode, CancellationToken cancellationToken)
    {
        // Compliant: serial number and readings have declared purposes and the transfer relies on SCCs.
        var report = new FaultReport(inverter.SerialNumber, faultCode, readings);
        return operations.ReportFaultAsync(report, cancellationToken);
    }
}
