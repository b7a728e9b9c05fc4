using System.Net.Http.Json;
using DreamPairsShop.Model;
using PiiGuard;

namespace DreamPairsShop.Services;

/// <summary>The fraud-prevention and 3-D Secure partner.</summary>
[PiiDestination("US", Recipient = Recipients.FraudPrevention, RecipientKind = "Processor", Purpose = Purpose.FraudPrevention)]
public sealed class FraudShieldClient(HttpClient http)
{
    public async Task<bool> VerifyAsync(SavedCard card, Customer customer, CancellationToken cancellationToken)
    {
        // LEAK (PII0401, PII0402): the notice discloses credit card details only to credit reference and card clearing
        // agencies, for payment; the card number and holder name go to the fraud-prevention partner. E-mail and phone
        // may go there (the notice says so). Send a card token, or state the disclosure in the notice.
        var request = new { card.CardNumber, card.HolderName, customer.Email, customer.Phone };
        using var response = await http.PostAsJsonAsync("v2/3ds/verify", request, cancellationToken);
        return response.IsSuccessStatusCode;
    }
}

/// <summary>The delivery company.</summary>
[PiiDestination("US", Recipient = Recipients.Delivery, RecipientKind = "Processor", Purpose = Purpose.ServiceDelivery)]
public sealed class DeliveryClient(HttpClient http)
{
    public async Task<string> CreateShipmentAsync(Order order, CancellationToken cancellationToken)
    {
        // LEAK (PII0401): the notice names delivery companies among the recipients of the customer's name, but not of the
        // shipping address (marketing partners, research companies and the fraud partner only): the notice must say so.
        var shipment = new { order.Id, Recipient = order.Customer.FullName, order.ShipTo.Street, order.ShipTo.City, order.ShipTo.PostalCode };
        using var response = await http.PostAsJsonAsync("shipments", shipment, cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }
}

/// <summary>Site-usage analytics (visitor numbers, pages, advertising reach).</summary>
// "Companies that help us analyze site usage, visitor numbers and advertising": analytics, not ad serving.
[PiiDestination("US", Recipient = Recipients.SiteAnalytics, RecipientKind = "Processor", Purpose = Purpose.Analytics)]
public sealed class SiteAnalyticsClient(HttpClient http)
{
    public Task TrackAsync(VisitorSession session, CancellationToken cancellationToken) =>
        http.PostAsJsonAsync("collect", new { session.IpAddress, session.Page }, cancellationToken);
}
