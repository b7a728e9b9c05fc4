using SolaxCloud.Model;
using SolaxCloud.Services;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<AccountService>();
builder.Services.AddSingleton<SimRechargeService>();
builder.Services.AddSingleton<InstallationService>();
builder.Services.AddHttpClient<GlobalOperationsClient>(c => c.BaseAddress = new Uri("https://global-ops.solaxcloud.example/"));
builder.Services.AddHttpClient<WeatherClient>();

var app = builder.Build();

app.MapPost("/accounts", (RegistrationRequest request, AccountService accounts) =>
{
    var user = accounts.Register(request.Email, request.Name, request.Country);
    return Results.Created($"/accounts/{user.Id}", new { user.Id });
});

app.MapPost("/accounts/password-reset", (PasswordResetRequest request, AccountService accounts) =>
{
    accounts.RequestPasswordReset(request.Email);
    return Results.Accepted();
});

app.MapDelete("/accounts/{id:guid}", (Guid id, AccountService accounts) =>
{
    accounts.Delete(id);
    return Results.NoContent();
});

app.MapPost("/sim/recharges", (SimRechargeRequest request, SimRechargeService sims) =>
    Results.Content(sims.Recharge(request.LoginAccount, request.Amount, request.PaymentMethod), "application/json"));

app.MapGet("/plants/{id:guid}/forecast", async (Guid id, WeatherClient weather, CancellationToken cancellationToken) =>
{
    var plant = new Plant { Id = id, Location = new GeoPoint(8.68, 50.11), TimeZone = "Europe/Berlin" };
    return Results.Content(await weather.ForecastAsync(plant, cancellationToken), "application/json");
});

app.Run();

public sealed record RegistrationRequest(string Email, string Name, string Country);

public sealed record PasswordResetRequest(string Email);

public sealed record SimRechargeRequest(string LoginAccount, decimal Amount, string PaymentMethod);
