using PiiGuard;

namespace DreamPairsShop.Model;

/// <summary>
/// A shop customer, annotated item by item as DP Dream Pairs' privacy notice describes it (Purpose, Sale, Disclosure).
/// What the notice does not state (retention, legal bases, a sale statement for the phone number) is not declared.
/// </summary>
public sealed class Customer
{
    public Guid Id { get; init; }

    [Pii(Category.Name, Item = "Name", DataSubject = Subjects.Customers,
         Purpose = Purpose.ServiceDelivery | Purpose.FraudPrevention | Purpose.Marketing | Purpose.Research | Purpose.CustomerSupport,
         Description = "So we know what to call you, to process orders, for fraud prevention and detection, catalogs, special offers and promotions; research groups; influencer events; queries and complaints",
         Sold = true, SoldTo = new[] { Recipients.MarketingPartners },
         DisclosedTo = new[] { Recipients.MarketingPartners, Recipients.CreditReference, Recipients.CardClearing, Recipients.FraudPrevention, Recipients.Delivery, Recipients.Research })]
    public string FullName { get; set; } = "";

    [Pii(Category.Contact, Item = "Email address", DataSubject = Subjects.Customers,
         Purpose = Purpose.ServiceDelivery | Purpose.Communications | Purpose.FraudPrevention | Purpose.Marketing | Purpose.Advertising | Purpose.Analytics | Purpose.Research | Purpose.CustomerSupport | Purpose.Account,
         Description = "Order confirmations, delivery delays, offers and new products; communications required by law; research groups; queries and complaints; refer-a-friend and Dream Pairs Rewards; influencers. Marketing opt-out: allow five business days",
         Sold = true, SoldTo = new[] { Recipients.MarketingPartners },
         DisclosedTo = new[] { Recipients.MarketingPartners, Recipients.Research, Recipients.FraudPrevention, Recipients.GoogleAnalytics })]
    public string Email { get; set; } = "";

    // The notice's "Telephone number / Cell number" section has no "Sale" line: the sale is not stated, not denied.
    [Pii(Category.Contact, Item = "Telephone / cell number", DataSubject = Subjects.Customers, CcpaCategory = CcpaCategory.CustomerRecords,
         Purpose = Purpose.ServiceDelivery | Purpose.Communications | Purpose.Account | Purpose.CustomerSupport | Purpose.FraudPrevention,
         Description = "A one-time password when you join Dream Pairs Rewards; calls about delivery issues; texts about your orders; answers to your questions",
         DisclosedTo = new[] { Recipients.CreditReference, Recipients.CardClearing, Recipients.FraudPrevention })]
    public string Phone { get; set; } = "";

    [Pii(Category.Social, Item = "Social media username", DataSubject = Subjects.Customers, Purpose = Purpose.CustomerSupport,
         Description = "Respond to your comments, questions or feedback on social media", Sold = false, DisclosedTo = new string[0])]
    public string? SocialUsername { get; set; }

    public bool OptedOutOfSale { get; set; }
}

/// <summary>Where an order is shipped.</summary>
public sealed class ShippingAddress
{
    [Pii(Category.Contact, Item = "Shipping address", DataSubject = Subjects.Customers,
         Purpose = Purpose.ServiceDelivery | Purpose.FraudPrevention | Purpose.Marketing | Purpose.Research,
         Description = "Ship your goods, process orders, fraud prevention and detection, catalogs, offers and promotions; presents to influencers",
         Sold = true, SoldTo = new[] { Recipients.MarketingPartners },
         DisclosedTo = new[] { Recipients.MarketingPartners, Recipients.Research, Recipients.FraudPrevention })]
    public string Street { get; set; } = "";

    public string City { get; set; } = "";

    public string PostalCode { get; set; } = "";

    public string Country { get; set; } = "US";
}

/// <summary>A card saved for one-click checkout and kept one year for refunds.</summary>
public sealed record SavedCard(
    Guid CustomerId,
    [property: Pii(Category.Payment, Item = "Credit card details", DataSubject = Subjects.Customers, Purpose = Purpose.Payment,
                   Description = "Asked for only when you place an order; saved at your choice to speed up checkout, removable in account preferences",
                   Retention = "P1Y", RetentionText = "Stored securely for one year, to allow refunds under the Refund Policy",
                   Sold = false, DisclosedTo = new[] { Recipients.CreditReference, Recipients.CardClearing })]
    string CardNumber,
    [property: Pii(Category.Name, Item = "Credit card details: card holder name", DataSubject = Subjects.Customers, Purpose = Purpose.Payment,
                   Retention = "P1Y", RetentionText = "Stored securely for one year, to allow refunds under the Refund Policy",
                   Sold = false, DisclosedTo = new[] { Recipients.CreditReference, Recipients.CardClearing })]
    string HolderName,
    int ExpiryMonth,
    int ExpiryYear);

/// <summary>A visit to the web shop.</summary>
public sealed class VisitorSession
{
    public Guid Id { get; init; }

    [Pii(Category.IpAddress, Item = "IP address", DataSubject = Subjects.Visitors, Purpose = Purpose.Analytics | Purpose.Advertising | Purpose.Security,
         Description = "Learn how you use the website: site usage, visitor numbers, how our advertising performs; improve the website; block certain IP addresses",
         Sold = false, DisclosedTo = new[] { Recipients.SiteAnalytics })]
    public string IpAddress { get; init; } = "";

    public string Page { get; init; } = "/";
}

/// <summary>A photograph a customer or influencer uploaded.</summary>
public sealed class PhotoUpload
{
    public Guid Id { get; init; }

    [Pii(Category.Image, Item = "Photographs", DataSubject = Subjects.Customers, Purpose = Purpose.Marketing | Purpose.Research,
         Description = "Published on the website with your name or social media username; used in research activities to improve products; influencers' images posted on our pages",
         Sold = false, DisclosedTo = new[] { Recipients.ThirdPartyHosts })]
    public Uri Url { get; init; } = new("https://cdn.dreampairs.example/none");

    // "if you work with us through paid partnerships and your children are included in your images, we'll collect their
    // images too ... (contractual performance)": the one legal basis the notice states.
    [Pii(Category.Children, Item = "Children in influencer images", DataSubject = Subjects.InfluencersChildren, Purpose = Purpose.Marketing,
         LegalBasis = LegalBasis.Contract, Sold = false, Description = "Images of influencers' children in paid partnerships, posted on our social media pages and websites")]
    public bool IncludesChildren { get; init; }
}

/// <summary>An influencer working with Dream Pairs.</summary>
public sealed class Influencer
{
    public Guid Id { get; init; }

    [Pii(Category.Demographic, Item = "Clothing size", DataSubject = Subjects.Influencers, Purpose = Purpose.Marketing,
         CcpaCategory = CcpaCategory.CustomerRecords, Sold = false, Description = "Collected from influencers with their images")]
    public string? ClothingSize { get; init; }
}

/// <summary>
/// What section I of the notice says is collected besides the per-item list: billing addresses and, optionally, demographic
/// information with an online account. Only the notice's general purposes apply to them; nothing else is stated.
/// </summary>
public sealed class CustomerAccount
{
    public Guid Id { get; init; }

    [Pii(Category.Contact, Item = "Billing address", DataSubject = Subjects.Customers,
         Purpose = Purpose.Account | Purpose.ServiceDelivery | Purpose.CustomerSupport | Purpose.FraudPrevention | Purpose.Marketing,
         Description = "Contact information collected when you register, update your account or order; used to manage your account, place and deliver orders, respond to queries, prevent fraud, and for marketing")]
    public string? BillingAddress { get; set; }

    [Pii(Category.Demographic, Item = "Demographic information", DataSubject = Subjects.Customers,
         Purpose = Purpose.Account | Purpose.ServiceDelivery | Purpose.CustomerSupport | Purpose.FraudPrevention | Purpose.Marketing,
         Description = "Optional, if you create an online account")]
    public string? Demographics { get; set; }
}
