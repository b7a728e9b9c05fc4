using PiiGuard;

namespace DreamPairsShop;

/// <summary>A shop customer, annotated as DP Dream Pairs' privacy notice describes each item.</summary>
public sealed class Customer
{
    public Guid Id { get; init; }

    [Pii(Category.Name,
        Purpose = Purpose.ServiceDelivery | Purpose.Payment | Purpose.FraudPrevention | Purpose.Marketing | Purpose.Research,
        Description = "Process and deliver orders, verify payments, marketing unless opted out",
        Sold = true,
        DisclosedTo = new[] { "Marketing partners", "Credit reference agencies", "Card clearing agencies", "Fraud-prevention and 3-D Secure partner", "Delivery companies", "Research companies" })]
    public string FullName { get; set; } = "";

    [Pii(Category.Contact,
        Purpose = Purpose.ServiceDelivery | Purpose.Communications | Purpose.FraudPrevention | Purpose.Marketing | Purpose.Research,
        Description = "Order confirmations, account notices, marketing unless opted out",
        Sold = true,
        DisclosedTo = new[] { "Marketing partners", "Research companies", "Fraud-prevention and 3-D Secure partner", "Google Analytics / DoubleClick" })]
    public string Email { get; set; } = "";

    [Pii(Category.Contact,
        Purpose = Purpose.ServiceDelivery | Purpose.Payment | Purpose.FraudPrevention,
        Description = "Delivery and payment verification",
        DisclosedTo = new[] { "Credit reference agencies", "Card clearing agencies", "Fraud-prevention and 3-D Secure partner" })]
    public string Phone { get; set; } = "";

    [Pii(Category.Social,
        Purpose = Purpose.CustomerSupport,
        Description = "Respond to comments, questions and feedback on social media")]
    public string? SocialUsername { get; set; }
}

public sealed class InfluencerProfile
{
    [Pii(Category.Image,
        Purpose = Purpose.Marketing | Purpose.Research,
        LegalBasis = LegalBasis.Contract,
        Description = "Published on the website and social media pages (contractual performance)",
        DisclosedTo = new[] { "Hosts of WeChat, Amazon and other third-party activities" })]
    public Uri? PhotoUrl { get; set; }

    // A genuine gap PiiGuard catches: the policy collects children's images in paid partnerships, but the code
    // declares no legal basis for them (PII0005).
    [Pii(Category.Children, Purpose = Purpose.Marketing, Description = "Children included in influencer images")]
    public Uri? ChildPhotoUrl { get; set; }
}
