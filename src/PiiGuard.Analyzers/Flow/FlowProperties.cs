namespace PiiGuard.Analyzers.Flow;

/// <summary>Keys of the properties flow diagnostics carry for code fixes and baselines.</summary>
public static class FlowProperties
{
    /// <summary>The declaring member's documentation-comment ID (<c>P:Shop.Customer.Email</c>), when known.</summary>
    public const string Member = "PiiMember";

    /// <summary>
    /// Every declaring member's documentation-comment ID the diagnostic names, <c>;</c>-separated (a whole object names
    /// several; <see cref="Member"/> holds the first).
    /// </summary>
    public const string Members = "PiiMembers";

    /// <summary>The sink kind: Log, Serialize or Send.</summary>
    public const string Sink = "PiiSink";

    /// <summary>For serializers: which one (SystemTextJson, Newtonsoft, Xml, DataContract, None).</summary>
    public const string Family = "PiiSerializer";

    /// <summary>For sends: the destination region.</summary>
    public const string Region = "PiiRegion";

    /// <summary>For sends: the destination's recipient (or its kind), when declared.</summary>
    public const string Recipient = "PiiRecipient";

    /// <summary>For sends no destination places: the request's host, when the URL is a constant.</summary>
    public const string Host = "PiiHost";
}
