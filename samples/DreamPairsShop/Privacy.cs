using PiiGuard;

// Everything below is what DP Dream Pairs' US privacy notice says (../shared/seeds/dreampairs-privacy-policy-us.txt),
// and nothing it does not: no retention period, legal basis or transfer safeguard the notice does not state.

// "All online orders will be accepted and fully processed in and shipped from the U.S. and China and all information
// you provide will be securely maintained on web servers and our internal systems located within China."
[assembly: PiiHomeRegion("US")]
[assembly: PiiStorage("Web servers and internal systems", "CN")]
[assembly: PiiStorage("Order processing and shipping", "US")]

// "We collect your IP address to learn more about how you use our website … analyze site usage and visitor numbers and
// see how our advertising performs … improve our website"; "we reserve the right … to block certain IP addresses".
// The client IP the framework hands the code (HttpContext.Connection.RemoteIpAddress) is that item.
[assembly: PiiExternal(FrameworkSource.ClientIpAddress, Purpose = Purpose.Analytics | Purpose.Advertising | Purpose.Security,
    Description = "Learn how you use the website: site usage, visitor numbers, how our advertising performs; improve the website; block certain IP addresses")]

// Partners reached over HTTP by host name. The notice names no safeguard for China: no PiiTransfer is declared, so
// sends there are findings, not hidden.
// The company's own order processing in China ("our internal systems located within China"): no recipient, so not a
// disclosure; the transfer without a stated safeguard is the finding.
[assembly: PiiDestination("CN", Host = "orders.dreampairs.example", Purpose = Purpose.ServiceDelivery | Purpose.Payment)]
// The pixel endpoint's region is the sample code's deployment fact (its EU ad server), not a statement of the notice.
// Google's DoubleClick cookies "inform, optimize and serve ads based on your past activity": used for advertising.
[assembly: PiiDestination("IE", Host = "ad.doubleclick.example", Recipient = "Google Analytics / DoubleClick", RecipientKind = "Advertising", Purpose = Purpose.Advertising)]

// IX. Contact Us. The e-mail address is not legible in the published notice, so it is not stated here.
[assembly: PiiContact(PiiContactRole.Controller, "DP DREAM PAIRS INC", Address = "9500 Railroad Ave, North Bergen, NJ 07047", Phone = "+1 609-831-4566")]
[assembly: PiiContact(PiiContactRole.PrivacyContact, "Privacy Officer, DP DREAM PAIRS INC", Address = "9500 Railroad Ave, North Bergen, NJ 07047", Phone = "+1 609-831-4566")]

// II. Protecting Your Information.
[assembly: PiiSecurityMeasure("Encryption of personal information by the IT department")]
[assembly: PiiSecurityMeasure("Secure server technology; personal information is stored on secure servers")]
[assembly: PiiSecurityMeasure("Service providers must keep the information in the strictest confidence and may use it only to help provide the service")]

// Where the information comes from (I. Information Collection; the CCPA "categories of sources").
[assembly: PiiSource("You", Description = "When you register or update your account, log in, place an order, talk to customer service, opt in to e-mails, request a catalog, take part in a sweepstake, contest, promotion or survey, or join our social networking sites")]
[assembly: PiiSource("Third-party marketing partners", Description = "We share and receive personal information with and from our third-party marketing partners for commercial purposes")]
[assembly: PiiSource("Cookies and web beacons on the website", Description = "Services used, registration and log-in, preferences, pages visited; Google Analytics and DoubleClick cookies", Items = new[] { "IP address", "Email address" })]

// III. Rights of U.S. Residents (CCPA), extended to customers from all states.
[assembly: PiiRights("CCPA",
    AppliesTo = "Residents of California; extended to customers from all states",
    Rights = new[]
    {
        "Know: the categories and specific pieces of personal information collected over the past 12 months, their sources, the business or commercial purposes, the categories of third parties, and what was sold or disclosed and to whom",
        "Delete personal information collected from you, subject to exceptions",
        "Opt out of the sale of personal information",
        "Non-discrimination: no denial of goods or services, no different prices, rates, level or quality for exercising CCPA rights",
    },
    HowToExercise = "Any of the methods in 'Contact Us': by mail, by e-mail or by calling +1 609-831-4566; an authorised agent, or a parent for a minor under 16, may also make a request",
    Verification = "Password-protected accounts: password authentication, and re-verification before deletion. Other accounts: two or three pieces of information on record (address, zip code, most recent purchase, e-mail address)",
    ResponseTime = "Within 30 days of receipt; up to 90 days, with the reason and the extension",
    RequestLimit = "Up to two times within a 12-month period, without charge",
    OptOutValidity = "12 months, after which we may ask you to authorise the sale again",
    Complaints = "California residents: Complaint Assistance Unit of the Division of Consumer Services of the Department of Consumer Affairs, 400 R Street, Sacramento, California 95814")]

// IV. Rights of Young Children.
[assembly: PiiChildren("We do not knowingly collect personal information from a child under 16; customers must verify that they are 18 or over to order or to speak to Customer Service", MinimumAge = 16)]

// The processing the notice describes, in its words. It states no retention period except for card details, and no legal
// basis (a US notice): the map says "not stated".
[assembly: PiiActivity("Orders and delivery",
    Purpose = Purpose.ServiceDelivery | Purpose.Payment | Purpose.Communications,
    Description = "Process and ship your order, let you know about delays or problems, order confirmations, texts and calls about your orders",
    DataSubjects = new[] { DreamPairsShop.Subjects.Customers },
    Items = new[] { "Name", "Email address", "Shipping address", "Telephone / cell number", "Credit card details" },
    Recipients = new[] { DreamPairsShop.Recipients.CreditReference, DreamPairsShop.Recipients.CardClearing, DreamPairsShop.Recipients.FraudPrevention, DreamPairsShop.Recipients.Delivery },
    Transfers = new[] { DreamPairsShop.Subjects.China })]
[assembly: PiiActivity("Fraud prevention and detection",
    Purpose = Purpose.FraudPrevention,
    Description = "Fraud prevention and detection, 3-D Secure",
    DataSubjects = new[] { DreamPairsShop.Subjects.Customers },
    Items = new[] { "Name", "Email address", "Shipping address", "Telephone / cell number", "Credit card details" },
    Recipients = new[] { DreamPairsShop.Recipients.FraudPrevention, DreamPairsShop.Recipients.CreditReference, DreamPairsShop.Recipients.CardClearing },
    Transfers = new[] { DreamPairsShop.Subjects.China })]
[assembly: PiiActivity("Marketing and sale to marketing partners",
    Purpose = Purpose.Marketing | Purpose.ThirdPartySharing,
    Description = "Catalogs, special offers and promotions; names, e-mails and addresses sold to marketing partners for commercial purposes unless you opted out; suppression lists",
    DataSubjects = new[] { DreamPairsShop.Subjects.Customers },
    Items = new[] { "Name", "Email address", "Shipping address" },
    Recipients = new[] { DreamPairsShop.Recipients.MarketingPartners },
    Transfers = new[] { DreamPairsShop.Subjects.China })]
[assembly: PiiActivity("Customer service",
    Purpose = Purpose.CustomerSupport,
    Description = "Respond to your queries and occasional complaints, and keep a record of them; respond to comments on social media",
    DataSubjects = new[] { DreamPairsShop.Subjects.Customers },
    Items = new[] { "Name", "Email address", "Telephone / cell number", "Social media username" },
    Transfers = new[] { DreamPairsShop.Subjects.China })]
[assembly: PiiActivity("Research",
    Purpose = Purpose.Research,
    Description = "Customer research surveys; outside research companies contact you for your opinions on our products and services",
    DataSubjects = new[] { DreamPairsShop.Subjects.SurveyParticipants },
    Items = new[] { "Name", "Email address", "Shipping address", "Photographs" },
    Recipients = new[] { DreamPairsShop.Recipients.Research },
    Transfers = new[] { DreamPairsShop.Subjects.China })]
[assembly: PiiActivity("Site analytics and advertising",
    Purpose = Purpose.Analytics | Purpose.Advertising,
    Description = "Analyse site usage and visitor numbers, see how our advertising performs, improve the website; Google Analytics for Display Advertising",
    DataSubjects = new[] { DreamPairsShop.Subjects.Visitors },
    Items = new[] { "IP address", "Email address" },
    Recipients = new[] { DreamPairsShop.Recipients.SiteAnalytics, DreamPairsShop.Recipients.GoogleAnalytics },
    Transfers = new[] { DreamPairsShop.Subjects.China })]
[assembly: PiiActivity("Photographs and influencers",
    Purpose = Purpose.Marketing | Purpose.Research,
    Description = "Publish uploaded photographs with your name or username; post influencers' images (contractual performance); send presents to influencers",
    DataSubjects = new[] { DreamPairsShop.Subjects.Customers, DreamPairsShop.Subjects.Influencers, DreamPairsShop.Subjects.InfluencersChildren },
    Items = new[] { "Photographs", "Children in influencer images", "Clothing size" },
    Recipients = new[] { DreamPairsShop.Recipients.ThirdPartyHosts },
    Transfers = new[] { DreamPairsShop.Subjects.China })]
[assembly: PiiActivity("Accounts and Dream Pairs Rewards",
    Purpose = Purpose.Account,
    Description = "Manage your account and membership; a one-time password when you join Dream Pairs Rewards; referral rewards",
    DataSubjects = new[] { DreamPairsShop.Subjects.Customers },
    Items = new[] { "Email address", "Telephone / cell number" },
    Transfers = new[] { DreamPairsShop.Subjects.China })]

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

/// <summary>The people the notice is about, and its one statement on where data goes abroad.</summary>
internal static class Subjects
{
    public const string Customers = "Customers";
    public const string Visitors = "Website visitors";
    public const string SurveyParticipants = "Research participants";
    public const string Influencers = "Influencers";
    public const string InfluencersChildren = "Children of influencers in paid partnerships";
    public const string China = "China: orders are processed in and shipped from the U.S. and China, and all information is kept on servers in China; no safeguard is stated";
}
