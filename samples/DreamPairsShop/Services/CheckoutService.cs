using System.Net.Http.Json;
using DreamPairsShop.Model;

namespace DreamPairsShop.Services;

/// <summary>Takes payment, hands the order to processing in China and reports the conversion.</summary>
public sealed class CheckoutService(
    ILogger<CheckoutService> logger,
    FraudShieldClient fraudShield,
    DeliveryClient delivery,
    IHttpClientFactory httpClients)
{
    public async Task<bool> CheckoutAsync(Order order, SavedCard card, CancellationToken cancellationToken)
    {
        if (!await fraudShield.VerifyAsync(card, order.Customer, cancellationToken))
        {
            logger.LogWarning("3-D Secure declined order {OrderId}", order.Id);
            return false;
        }

        var http = httpClients.CreateClient();

        // LEAK (PII0302): orders are processed in the US and China, but the notice states no safeguard for China, so no
        // PiiTransfer is declared: the send is a finding until the company states one.
        // LEAK (PII0402): the whole order carries the social media username, which the notice uses only to answer on
        // social media, into order processing. Send an order DTO without it.
        using var processing = await http.PostAsJsonAsync("https://orders.dreampairs.example/v1/orders", order, cancellationToken);
        processing.EnsureSuccessStatusCode();

        var tracking = await delivery.CreateShipmentAsync(order, cancellationToken);
        logger.LogInformation("Order {OrderId} of {Total} shipped, tracking {Tracking}", order.Id, order.Total, tracking.Length);

        // LEAK (PII0302, PII0401, PII0402, PII0403): the card holder's name goes to the advertising pixel in Ireland as a
        // "conversion label"; the notice discloses card details only to credit reference and card clearing agencies, for
        // payment, and never shares them for advertising. Send the order id.
        await http.GetAsync($"https://ad.doubleclick.example/conversion?label={card.HolderName}&value={order.Total}", cancellationToken);
        return true;
    }
}
