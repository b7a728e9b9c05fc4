using System.Collections.Concurrent;
using System.Text.Json;
using DreamPairsShop.Model;
using PiiGuard;

namespace DreamPairsShop.Services;

/// <summary>Orders, saved cards and refunds.</summary>
public sealed class OrderService(ILogger<OrderService> logger)
{
    private readonly ConcurrentDictionary<Guid, Order> orders = new();
    private readonly ConcurrentDictionary<Guid, SavedCard> cards = new();

    public Order Place(Customer customer, ShippingAddress shipTo, IEnumerable<OrderLine> lines)
    {
        var order = new Order { Id = Guid.NewGuid(), Customer = customer, ShipTo = shipTo, Lines = lines.ToList() };
        orders[order.Id] = order;

        // LEAK (PII0103): destructuring the whole order writes every member into the logs. Name, e-mail, phone and street
        // are declared for fraud prevention, which covers logging; the social media username is not. Log the id instead.
        logger.LogInformation("Order placed {@Order}", order);
        return order;
    }

    public void SaveCard(SavedCard card)
    {
        cards[card.CustomerId] = card;
        logger.LogInformation("Card ending {Last4} saved for customer {CustomerId}", Redact.Mask(card.CardNumber, 4), card.CustomerId);
    }

    /// <summary>The refund view of a saved card: the number masked, kept one year after purchase.</summary>
    public string RefundView(Guid customerId)
    {
        if (!cards.TryGetValue(customerId, out var card))
        {
            throw new KeyNotFoundException($"No saved card for customer {customerId}");
        }

        var masked = card with { CardNumber = Redact.Mask(card.CardNumber, 4)! };
        return JsonSerializer.Serialize(masked);
    }

    public IReadOnlyCollection<Order> ForCustomer(Guid customerId) =>
        orders.Values.Where(o => o.Customer.Id == customerId).ToList();
}
