using PiiGuard;

namespace DreamPairsShop.Model;

/// <summary>A shop customer, annotated as DP Dream Pairs' privacy notice describes each item.</summary>
public sealed class Customer
{
    public Guid Id { get; init; }

    [Pii(Category.Name, Item = "Name",
         Purpose = Purpose.ServiceDelivery | Purpose.Payment | Purpose.FraudPrevention | Purpose.Marketing | Purpose.Research,
         Description = "Process and deliver orders, verify payments; marketing unless you opted out",
         LegalBasis = LegalBasis.Contract, Sold = true, Retention = "P3Y", RetentionFrom = "last order",
         DisclosedTo = new[] { Recipients.MarketingPartners, Recipients.CreditReference, Recipients.CardClearing, Recipients.FraudPrevention, Recipients.Delivery, Recipients.Research })]
    public string FullName { get; set; } = "";

    [Pii(Category.Contact, Item = "Email address",
         Purpose = Purpose.ServiceDelivery | Purpose.Communications | Purpose.FraudPrevention | Purpose.Marketing | Purpose.Research | Purpose.Analytics,
         Description = "Order confirmations and account notices; marketing unless you opted out",
         LegalBasis = LegalBasis.Contract | LegalBasis.Consent, Sold = true, Retention = "P3Y", RetentionFrom = "last order",
         DisclosedTo = new[] { Recipients.MarketingPartners, Recipients.Research, Recipients.FraudPrevention, Recipients.GoogleAnalytics })]
    public string Email { get; set; } = "";

    [Pii(Category.Contact, Item = "Telephone / cell number",
         Purpose = Purpose.ServiceDelivery | Purpose.Payment | Purpose.FraudPrevention,
         Description = "Delivery questions and payment verification",
         LegalBasis = LegalBasis.Contract, Retention = "P3Y", RetentionFrom = "last order",
         DisclosedTo = new[] { Recipients.CreditReference, Recipients.CardClearing, Recipients.FraudPrevention })]
    public string Phone { get; set; } = "";

    [Pii(Category.Social, Item = "Social media username", Purpose = Purpose.CustomerSupport,
         Description = "Respond to comments, questions and feedback on social media", LegalBasis = LegalBasis.LegitimateInterests,
         Retention = "P1Y", RetentionFrom = "last interaction")]
    public string? SocialUsername { get; set; }

    public bool OptedOutOfSale { get; set; }
}

/// <summary>Where an order is shipped.</summary>
public sealed class ShippingAddress
{
    [Pii(Category.Contact, Item = "Shipping address",
         Purpose = Purpose.ServiceDelivery | Purpose.FraudPrevention | Purpose.Marketing | Purpose.Research,
         Description = "Deliver orders; marketing suppression lists unless you opted out",
         LegalBasis = LegalBasis.Contract, Sold = true, Retention = "P3Y", RetentionFrom = "last order",
         DisclosedTo = new[] { Recipients.MarketingPartners, Recipients.Research, Recipients.FraudPrevention })]
    public string Street { get; set; } = "";

    public string City { get; set; } = "";

    public string PostalCode { get; set; } = "";

    public string Country { get; set; } = "US";
}

/// <summary>A card saved for one-click checkout and kept one year for refunds.</summary>
public sealed record SavedCard(
    Guid CustomerId,
    [property: Pii(Category.Payment, Item = "Credit card details", Purpose = Purpose.Payment | Purpose.FraudPrevention,
                   Description = "Take payment and issue refunds", LegalBasis = LegalBasis.Contract, Sold = false,
                   Retention = "P1Y", RetentionFrom = "purchase, for refunds",
                   DisclosedTo = new[] { Recipients.CreditReference, Recipients.CardClearing })]
    string CardNumber,
    [property: Pii(Category.Name, Item = "Card holder name", Purpose = Purpose.Payment, LegalBasis = LegalBasis.Contract,
                   Retention = "P1Y", RetentionFrom = "purchase, for refunds",
                   DisclosedTo = new[] { Recipients.CreditReference, Recipients.CardClearing })]
    string HolderName,
    int ExpiryMonth,
    int ExpiryYear);

/// <summary>A visit to the web shop.</summary>
public sealed class VisitorSession
{
    public Guid Id { get; init; }

    [Pii(Category.IpAddress, Item = "IP address", Purpose = Purpose.Analytics | Purpose.Security,
         Description = "Analyse site usage, visitor numbers and advertising", LegalBasis = LegalBasis.LegitimateInterests,
         Retention = "P13M", RetentionFrom = "the visit", DisclosedTo = new[] { Recipients.SiteAnalytics })]
    public string IpAddress { get; init; } = "";

    public string Page { get; init; } = "/";
}

/// <summary>A photograph a customer or influencer uploaded.</summary>
public sealed class PhotoUpload
{
    public Guid Id { get; init; }

    [Pii(Category.Image, Item = "Photographs", Purpose = Purpose.Marketing | Purpose.Research,
         Description = "Published on the website with your name or username; improve products in research activities",
         LegalBasis = LegalBasis.Consent | LegalBasis.Contract, Retention = "P2Y", RetentionFrom = "upload",
         DisclosedTo = new[] { Recipients.ThirdPartyHosts })]
    public Uri Url { get; init; } = new("https://cdn.dreampairs.example/none");

    // A genuine gap PiiGuard catches: influencer posts may include children, but no legal basis is declared (PII0005).
    [Pii(Category.Children, Item = "Children in influencer images", Purpose = Purpose.Marketing, Retention = "P2Y", RetentionFrom = "upload")]
    public bool IncludesChildren { get; init; }
}
