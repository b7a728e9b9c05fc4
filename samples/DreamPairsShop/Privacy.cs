using PiiGuard;

// DP Dream Pairs is a US retailer; information is kept on servers in China and orders are processed in the US and China.
[assembly: PiiHomeRegion("US")]
[assembly: PiiStorage("Web servers and internal systems", "CN")]
[assembly: PiiStorage("Order processing and shipping", "US")]

// "By providing your information to us, you agree that all personal information will be used in accordance with this
// privacy notice": orders and accounts go to China on the customer's consent.
[assembly: PiiTransfer("CN", TransferMechanism.ExplicitConsent, Description = "Customer agrees to processing in the US and China")]

// Partners reached over HTTP by host name.
[assembly: PiiDestination("CN", Host = "orders.dreampairs.example", Recipient = "Order processing (China)", RecipientKind = "Affiliate")]
[assembly: PiiDestination("IE", Host = "ad.doubleclick.example", Recipient = "Google Analytics / DoubleClick", RecipientKind = "Advertising")]

namespace DreamPairsShop;

/// <summary>The recipients the privacy notice names, spelled once.</summary>
internal static class Recipients
{
    public const string MarketingPartners = "Marketing partners";
    public const string CreditReference = "Credit reference agencies";
    public const string CardClearing = "Card clearing agencies";
    public const string FraudPrevention = "Fraud-prevention and 3-D Secure partner";
    public const string Delivery = "Delivery companies";
    public const string Research = "Research companies";
    public const string GoogleAnalytics = "Google Analytics / DoubleClick";
    public const string SiteAnalytics = "Site-usage and advertising analytics companies";
    public const string ThirdPartyHosts = "Hosts of WeChat, Amazon and other third-party activities";
}
