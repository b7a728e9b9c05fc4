using DreamPairsShop.Model;
using DreamPairsShop.Services;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<OrderService>();
builder.Services.AddScoped<CheckoutService>();
builder.Services.AddHttpClient();
builder.Services.AddHttpClient<FraudShieldClient>(c => c.BaseAddress = new Uri("https://api.fraudshield.example/"));
builder.Services.AddHttpClient<DeliveryClient>(c => c.BaseAddress = new Uri("https://api.parcel.example/"));
builder.Services.AddHttpClient<SiteAnalyticsClient>(c => c.BaseAddress = new Uri("https://collect.siteanalytics.example/"));

var app = builder.Build();

app.Use(async (context, next) =>
{
    var analytics = context.RequestServices.GetRequiredService<SiteAnalyticsClient>();
    var session = new VisitorSession { Id = Guid.NewGuid(), IpAddress = context.Connection.RemoteIpAddress?.ToString() ?? "", Page = context.Request.Path };
    await analytics.TrackAsync(session, context.RequestAborted);
    await next();
});

app.MapPost("/orders", (PlaceOrderRequest request, OrderService orders) =>
{
    var customer = new Customer { Id = request.CustomerId, FullName = request.Name, Email = request.Email, Phone = request.Phone };
    var order = orders.Place(customer, request.ShipTo, request.Lines);
    return Results.Created($"/orders/{order.Id}", new { order.Id, order.Total });
});

app.MapPost("/orders/{id:guid}/checkout", async (Guid id, CheckoutRequest request, OrderService orders, CheckoutService checkout, CancellationToken cancellationToken) =>
{
    var order = orders.ForCustomer(request.Card.CustomerId).FirstOrDefault(o => o.Id == id);
    return order is null ? Results.NotFound() : Results.Ok(new { paid = await checkout.CheckoutAsync(order, request.Card, cancellationToken) });
});

app.MapGet("/customers/{id:guid}/card", (Guid id, OrderService orders) => Results.Content(orders.RefundView(id), "application/json"));

app.Run();

public sealed record PlaceOrderRequest(Guid CustomerId, string Name, string Email, string Phone, ShippingAddress ShipTo, List<OrderLine> Lines);

public sealed record CheckoutRequest(SavedCard Card);
