using System;

namespace PiiGuard;

/// <summary>
/// Declares a lawful route for personal data out of the home region to <see cref="Region"/>. Apply once per region
/// and mechanism. <see cref="TransferMechanism.Anonymised"/> is recorded in the inventory but never counts as a
/// transfer tool.
/// </summary>
/// <example><code>[assembly: PiiTransfer("US", TransferMechanism.StandardContractualClauses)]</code></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class PiiTransferAttribute : Attribute
{
    /// <summary>Declares the transfer route.</summary>
    /// <param name="region">The destination region code (ISO 3166-1 alpha-2, <c>"EU"</c> or <c>"EEA"</c>).</param>
    /// <param name="mechanism">The legal mechanism the transfer relies on.</param>
    public PiiTransferAttribute(string region, TransferMechanism mechanism)
    {
        Region = region;
        Mechanism = mechanism;
    }

    /// <summary>The destination region code.</summary>
    public string Region { get; }

    /// <summary>The legal mechanism.</summary>
    public TransferMechanism Mechanism { get; }

    /// <summary>Free text for the inventory, e.g. "EU SCCs 2021/914, module 2".</summary>
    public string? Description { get; set; }
}
