using System.Net.Mail;
using DreamPairsShop.Model;
using Microsoft.Extensions.Caching.Distributed;
using PiiGuard;

namespace DreamPairsShop.Services;

/// <summary>
/// "We use cookies on the Website … to record registration information regarding your login name and password … to keep
/// you logged into the Website": the log-in cookie keeps the customer's e-mail address in the browser.
/// </summary>
[PiiStorage("Your browser (log-in cookie)", "US")]
public sealed class LoginCookie
{
    public void Remember(HttpResponse response, Customer customer) =>
        response.Cookies.Append("dp_login", customer.Email, new CookieOptions { HttpOnly = true, Secure = true });
}

/// <summary>
/// The checkout draft is cached until the order is placed. The cache has no <c>[PiiStorage]</c> of its own, so it is
/// placed in the first store the assembly declares — the notice's web servers in China — and, with no safeguard
/// stated for China, the write is a finding (PII0502), not hidden.
/// </summary>
public sealed class CheckoutDraftCache(IDistributedCache cache)
{
    public Task SaveAsync(Order order, CancellationToken cancellationToken) =>
        cache.SetStringAsync("checkout:" + order.Id, order.Customer.FullName + "\n" + order.ShipTo, cancellationToken);
}

/// <summary>"We use this so that we can email your order confirmations": the shop's own mail relay, in the US.</summary>
public sealed class OrderConfirmationMailer
{
    [PiiDestination("US")]
    private readonly SmtpClient smtp = new("mail.dreampairs.example");

    public void Send(Order order) =>
        smtp.Send("orders@dreampairs.example", order.Customer.Email, "Your Dream Pairs order", $"Thank you for your order {order.Id}.");
}
