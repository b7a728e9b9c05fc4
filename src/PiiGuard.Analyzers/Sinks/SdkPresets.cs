using System.Collections.Immutable;

namespace PiiGuard.Analyzers.Sinks;

/// <summary>A third-party processor reached through its SDK: the recipient's name and kind.</summary>
/// <param name="Recipient">The recipient as the map and the diagnostics name it, and as <c>[assembly: PiiDestination(region, Recipient = …)]</c> binds its region.</param>
/// <param name="Kind">What the recipient is to the controller ("Processor", …).</param>
internal sealed record SdkPreset(string Recipient, string Kind);

/// <summary>
/// Sends to third-party processors through their SDKs (Stripe, Braintree, SendGrid, Twilio, Sentry, Segment, LLM APIs — a
/// prompt is a send). A preset knows the recipient; where it is, the user says once:
/// <c>[assembly: PiiDestination("US", Recipient = "Stripe")]</c> places every call of the preset. <c>[PiiDestination]</c> on
/// the client's member or the calling class still wins. An unplaced preset call is recorded in the map, not reported.
/// </summary>
internal static class SdkPresets
{
    private static ImmutableArray<string> Names(params string[] names) => ImmutableArray.Create(names);

    private const string Processor = "Processor";

    public static readonly SdkPreset Stripe = new("Stripe", Processor);
    public static readonly SdkPreset Braintree = new("Braintree", Processor);
    public static readonly SdkPreset SendGrid = new("SendGrid", Processor);
    public static readonly SdkPreset Twilio = new("Twilio", Processor);
    public static readonly SdkPreset Sentry = new("Sentry", Processor);
    public static readonly SdkPreset Segment = new("Segment", Processor);
    public static readonly SdkPreset OpenAI = new("OpenAI", Processor);
    public static readonly SdkPreset LlmProvider = new("LLM provider", Processor);

    // Named, not "every method": the names are what the relevance pre-filter looks for in a body.
    private static readonly ImmutableArray<string> StripeCalls = Names(
        "Create", "CreateAsync", "Update", "UpdateAsync", "List", "ListAsync", "ListAutoPaging", "ListAutoPagingAsync",
        "Search", "SearchAsync", "SearchAutoPaging", "SearchAutoPagingAsync", "Attach", "AttachAsync", "Confirm", "ConfirmAsync");

    private static readonly ImmutableArray<string> BraintreeWrites = Names("Create", "CreateAsync", "Update", "UpdateAsync");

    // Segment: Analytics.NET (Segment.Client behind the static Analytics.Client, Segment.IAnalyticsClient when injected)
    // and Analytics-CSharp (Segment.Analytics.Analytics). Every argument is data: user ids, traits, event properties.
    private static readonly ImmutableArray<string> SegmentCalls = Names("Identify", "Track", "Page", "Screen", "Group", "Alias");

    private static readonly ImmutableArray<string> ChatCalls = Names("GetResponseAsync", "GetStreamingResponseAsync");

    private static readonly ImmutableArray<string> TwilioMessage = Names("options", "to", "body");

    public static ImmutableArray<SinkEntry> Entries { get; } = ImmutableArray.Create(
        // Payments: every call of a Stripe service sends its options (customer e-mail, address, tax ids).
        new SinkEntry(SinkKind.Send, "Stripe.Service", StripeCalls, DataParameters: Names("options"), WholeObjectParameters: Names("options"), Preset: Stripe),
        new SinkEntry(SinkKind.Send, "Stripe.Service`1", StripeCalls, DataParameters: Names("options"), WholeObjectParameters: Names("options"), Preset: Stripe),

        // Braintree: the gateway's properties (gateway.Customer, .Transaction, .Address, .PaymentMethod, .CreditCard) are
        // these interfaces; every write takes its data as "request" (customer, billing and shipping address, card holder).
        new SinkEntry(SinkKind.Send, "Braintree.ICustomerGateway", BraintreeWrites, DataParameters: Names("request"), WholeObjectParameters: Names("request"), Preset: Braintree),
        new SinkEntry(SinkKind.Send, "Braintree.ITransactionGateway", Names("Sale", "SaleAsync", "Credit", "CreditAsync", "SubmitForSettlement", "SubmitForSettlementAsync", "SubmitForPartialSettlement", "UpdateDetails"),
            DataParameters: Names("request"), WholeObjectParameters: Names("request"), Preset: Braintree),
        new SinkEntry(SinkKind.Send, "Braintree.IAddressGateway", BraintreeWrites, DataParameters: Names("request"), WholeObjectParameters: Names("request"), Preset: Braintree),
        new SinkEntry(SinkKind.Send, "Braintree.IPaymentMethodGateway", BraintreeWrites, DataParameters: Names("request"), WholeObjectParameters: Names("request"), Preset: Braintree),
        new SinkEntry(SinkKind.Send, "Braintree.ICreditCardGateway", BraintreeWrites, DataParameters: Names("request"), WholeObjectParameters: Names("request"), Preset: Braintree),

        // Mail and SMS.
        new SinkEntry(SinkKind.Send, "SendGrid.ISendGridClient", Names("SendEmailAsync"), DataParameters: Names("msg"), WholeObjectParameters: Names("msg"), Preset: SendGrid),
        new SinkEntry(SinkKind.Send, "SendGrid.BaseClient", Names("SendEmailAsync"), DataParameters: Names("msg"), WholeObjectParameters: Names("msg"), Preset: SendGrid),
        new SinkEntry(SinkKind.Send, "Twilio.Rest.Api.V2010.Account.MessageResource", Names("Create", "CreateAsync"), DataParameters: TwilioMessage, WholeObjectParameters: Names("options"), Preset: Twilio),

        // Error tracking and analytics.
        new SinkEntry(SinkKind.Send, "Sentry.SentrySdk", Names("CaptureMessage", "CaptureException", "CaptureEvent", "CaptureFeedback", "AddBreadcrumb", "SetTag"),
            DataParameters: Names("message", "evt", "feedback", "value", "data", "category"), Preset: Sentry),
        new SinkEntry(SinkKind.Send, "Segment.Client", SegmentCalls, Preset: Segment),
        new SinkEntry(SinkKind.Send, "Segment.IAnalyticsClient", SegmentCalls, Preset: Segment),
        new SinkEntry(SinkKind.Send, "Segment.Analytics.Analytics", SegmentCalls, Preset: Segment),

        // LLM APIs: a prompt is a send.
        new SinkEntry(SinkKind.Send, "OpenAI.Chat.ChatClient", Names("CompleteChat", "CompleteChatAsync", "CompleteChatStreaming", "CompleteChatStreamingAsync"), DataParameters: Names("messages"), Preset: OpenAI),
        new SinkEntry(SinkKind.Send, "OpenAI.Embeddings.EmbeddingClient", Names("GenerateEmbedding", "GenerateEmbeddingAsync", "GenerateEmbeddings", "GenerateEmbeddingsAsync"), DataParameters: Names("input", "inputs"), Preset: OpenAI),

        // Microsoft.Extensions.AI: IChatClient takes the conversation as "messages"; ChatClientExtensions' overloads take one
        // prompt string or one ChatMessage as "chatMessage" (the client is their receiver); DelegatingChatClient is the
        // base class of middleware and custom clients called through their own type.
        new SinkEntry(SinkKind.Send, "Microsoft.Extensions.AI.IChatClient", ChatCalls, DataParameters: Names("messages"), Preset: LlmProvider),
        new SinkEntry(SinkKind.Send, "Microsoft.Extensions.AI.DelegatingChatClient", ChatCalls, DataParameters: Names("messages"), Preset: LlmProvider),
        new SinkEntry(SinkKind.Send, "Microsoft.Extensions.AI.ChatClientExtensions", ChatCalls, DataParameters: Names("chatMessage"), Preset: LlmProvider));
}
