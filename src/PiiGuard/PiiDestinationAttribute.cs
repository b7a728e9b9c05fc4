using System;

namespace PiiGuard;

/// <summary>
/// Marks an outbound channel located in a region: a typed <c>HttpClient</c> wrapper, an SDK client, a Refit-style
/// interface, or one of its members. At assembly level with <see cref="Host"/>, it maps a host name to a region so
/// that calls to absolute URLs on that host are placed too.
/// </summary>
/// <example>
/// <code>
/// [PiiDestination("US", Recipient = "Global operations", Purpose = Purpose.ServiceDelivery)]
/// public sealed class OperationsClient { ... }
///
/// [assembly: PiiDestination("US", Host = "api.partner.example")]
/// </code>
/// </example>
[AttributeUsage(
    AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface |
    AttributeTargets.Method | AttributeTargets.Field | AttributeTargets.Property,
    AllowMultiple = true,
    Inherited = true)]
public sealed class PiiDestinationAttribute : Attribute
{
    /// <summary>Declares the region the channel sends to.</summary>
    /// <param name="region">An ISO 3166-1 alpha-2 country code or <c>"EU"</c> / <c>"EEA"</c>.</param>
    public PiiDestinationAttribute(string region)
    {
        Region = region;
    }

    /// <summary>The destination region code.</summary>
    public string Region { get; }

    /// <summary>At assembly level: the host name (e.g. <c>"api.partner.example"</c>) located in <see cref="Region"/>.</summary>
    public string? Host { get; set; }

    /// <summary>The recipient's name, e.g. "Global operations centre" or "PayShield 3-D Secure".</summary>
    public string? Recipient { get; set; }

    /// <summary>The recipient's kind, e.g. "Processor", "Affiliate", "Marketing partner".</summary>
    public string? RecipientKind { get; set; }

    /// <summary>
    /// What the recipient uses the data for, e.g. <see cref="Purpose.FraudPrevention"/> for a fraud-screening partner
    /// or <see cref="Purpose.Advertising"/> for an ad network. An item sent here must declare one of these purposes
    /// (PII0402); <see cref="Purpose.Advertising"/> makes the send a CCPA "sharing" and
    /// <see cref="Purpose.ThirdPartySharing"/> a "sale", which the item must declare (PII0403).
    /// <see cref="Purpose.None"/> (the default) says nothing.
    /// </summary>
    public Purpose Purpose { get; set; }
}
