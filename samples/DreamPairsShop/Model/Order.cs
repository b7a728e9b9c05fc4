namespace DreamPairsShop.Model;

public sealed class Order
{
    public Guid Id { get; init; }

    public Customer Customer { get; init; } = new();

    public ShippingAddress ShipTo { get; init; } = new();

    public List<OrderLine> Lines { get; init; } = new();

    public decimal Total => Lines.Sum(l => l.UnitPrice * l.Quantity);
}

public sealed record OrderLine(string Sku, int Quantity, decimal UnitPrice);
