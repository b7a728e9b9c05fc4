using System.Net.Http.Json;
using DreamPairsShop.Model;
using PiiGuard;

namespace DreamPairsShop.Services;

/// <summary>The fraud-prevention and 3-D Secure partner.</summary>
[PiiDestination("US", Recipient = Recipients.FraudPrevention, RecipientKind = "Processor")]
public sealed class FraudShieldClient(HttpClient http)
{
    public async Task<bool> VerifyAsync(SavedCard card, Customer customer, CancellationToken cancellationToken)
    {
        var request = new { card.CardNumber, card.HolderName, customer.Email, customer.Phone };
        using var response = await http.PostAsJsonAsync("v2/3ds/verify", request, cancellationToken);
        return response.IsSuccessStatusCode;
    }
}

/// <summary>The delivery company.</summary>
[PiiDestination("US", Recipient = Recipients.Delivery, RecipientKind = "Processor")]
public sealed class DeliveryClient(HttpClient http)
{
    public async Task<string> CreateShipmentAsync(Order order, CancellationToken cancellationToken)
    {
        var shipment = new { order.Id, Recipient = order.Customer.FullName, order.ShipTo.Street, order.ShipTo.City, order.ShipTo.PostalCode };
        using var response = await http.PostAsJsonAsync("shipments", shipment, cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }
}

/// <summary>Site-usage analytics (visitor numbers, pages, advertising reach).</summary>
[PiiDestination("US", Recipient = Recipients.SiteAnalytics, RecipientKind = "Processor")]
public sealed class SiteAnalyticsClient(HttpClient http)
{
    public Task TrackAsync(VisitorSession session, CancellationToken cancellationToken) =>
        http.PostAsJsonAsync("collect", new { session.IpAddress, session.Page }, cancellationToken);
}
