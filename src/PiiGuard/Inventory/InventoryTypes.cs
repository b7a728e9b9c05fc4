namespace PiiGuard.Inventory;

/// <summary>What one role may do with an item (a <c>[PiiAccess]</c> declaration).</summary>
public sealed class AccessGrant
{
    /// <summary>Creates a grant.</summary>
    /// <param name="role">The role.</param>
    /// <param name="operations">The operations.</param>
    public AccessGrant(string role, PiiOperation operations)
    {
        Role = role;
        Operations = operations;
    }

    /// <summary>The role.</summary>
    public string Role { get; }

    /// <summary>What the role may do.</summary>
    public PiiOperation Operations { get; }
}

/// <summary>A declared storage location (<c>[assembly: PiiStorage]</c>).</summary>
public sealed class StorageLocation
{
    /// <summary>Creates a storage location.</summary>
    /// <param name="location">The human-readable location.</param>
    /// <param name="region">The region code.</param>
    public StorageLocation(string location, string region)
    {
        Location = location;
        Region = region;
    }

    /// <summary>The human-readable location.</summary>
    public string Location { get; }

    /// <summary>The region code.</summary>
    public string Region { get; }
}

/// <summary>A declared outbound channel (<c>[PiiDestination]</c>).</summary>
public sealed class DestinationInfo
{
    /// <summary>Creates a destination.</summary>
    /// <param name="region">The region code.</param>
    /// <param name="declaredOn">The type or member it is declared on, or <c>assembly</c> for host mappings.</param>
    /// <param name="host">The host name, or <see langword="null"/>.</param>
    /// <param name="recipient">The recipient's name, or <see langword="null"/>.</param>
    /// <param name="recipientKind">The recipient's kind, or <see langword="null"/>.</param>
    public DestinationInfo(string region, string declaredOn, string? host, string? recipient, string? recipientKind)
    {
        Region = region;
        DeclaredOn = declaredOn;
        Host = host;
        Recipient = recipient;
        RecipientKind = recipientKind;
    }

    /// <summary>The region code.</summary>
    public string Region { get; }

    /// <summary>The type or member it is declared on, or <c>assembly</c>.</summary>
    public string DeclaredOn { get; }

    /// <summary>The host name, or <see langword="null"/>.</summary>
    public string? Host { get; }

    /// <summary>The recipient's name, or <see langword="null"/>.</summary>
    public string? Recipient { get; }

    /// <summary>The recipient's kind, or <see langword="null"/>.</summary>
    public string? RecipientKind { get; }
}

/// <summary>A declared transfer route (<c>[assembly: PiiTransfer]</c>).</summary>
public sealed class TransferRoute
{
    /// <summary>Creates a route.</summary>
    /// <param name="region">The destination region.</param>
    /// <param name="mechanism">The legal mechanism.</param>
    /// <param name="description">Free text, or <see langword="null"/>.</param>
    public TransferRoute(string region, TransferMechanism mechanism, string? description)
    {
        Region = region;
        Mechanism = mechanism;
        Description = description;
    }

    /// <summary>The destination region.</summary>
    public string Region { get; }

    /// <summary>The legal mechanism.</summary>
    public TransferMechanism Mechanism { get; }

    /// <summary>Free text, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>Whether the route is a transfer tool (anonymisation is not).</summary>
    public bool IsTransferTool => Mechanism != TransferMechanism.Anonymised;
}

/// <summary>Where an item goes in code, found by PiiGuard's flow engine during a build.</summary>
public sealed class DataFlow
{
    /// <summary>Creates a flow.</summary>
    /// <param name="item">The member, e.g. <c>Customer.Email</c>.</param>
    /// <param name="kind">"Log", "Serialize" or "Send".</param>
    /// <param name="sink">The sink, e.g. <c>ILogger.LogInformation</c>.</param>
    /// <param name="region">For sends: the destination region; otherwise <see langword="null"/>.</param>
    /// <param name="location">The source file and line, e.g. <c>Services/OrderService.cs:42</c>.</param>
    public DataFlow(string item, string kind, string sink, string? region, string location)
    {
        Item = item;
        Kind = kind;
        Sink = sink;
        Region = region;
        Location = location;
    }

    /// <summary>The member, e.g. <c>Customer.Email</c>.</summary>
    public string Item { get; }

    /// <summary>"Log", "Serialize" or "Send".</summary>
    public string Kind { get; }

    /// <summary>The sink.</summary>
    public string Sink { get; }

    /// <summary>For sends: the destination region.</summary>
    public string? Region { get; }

    /// <summary>The source file and line.</summary>
    public string Location { get; }
}
