using System.Text.Json;
using SolaxCloud.Model;

namespace SolaxCloud.Services;

/// <summary>SIM card recharges of the network modules; records are kept six months after the transaction.</summary>
public sealed class SimRechargeService(ILogger<SimRechargeService> logger)
{
    private readonly List<SimRecharge> records = new();

    public string Recharge(string loginAccount, decimal amount, string paymentMethod)
    {
        var record = new SimRecharge
        {
            Id = Guid.NewGuid(),
            LoginAccount = loginAccount,
            OrderNumber = $"SIM-{records.Count + 1:D6}",
            Amount = amount,
            PaymentMethod = paymentMethod,
            At = DateTimeOffset.UtcNow,
        };
        records.Add(record);
        logger.LogInformation("SIM recharge {OrderNumber} of {Amount} via {Method}", record.OrderNumber, record.Amount, record.PaymentMethod);
        return JsonSerializer.Serialize(record);
    }

    public int PurgeExpired(DateTimeOffset now) => records.RemoveAll(r => r.At < now.AddMonths(-6));
}
