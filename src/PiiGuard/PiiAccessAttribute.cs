using System;

namespace PiiGuard;

/// <summary>
/// Declares what a role may do with personal data (the "data authority" table of a privacy notice). Apply once per
/// role, on a member or on a class for all its members.
/// </summary>
/// <example><code>[PiiAccess("Installer", PiiOperation.Access | PiiOperation.Edit)]</code></example>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Class | AttributeTargets.Struct,
    AllowMultiple = true,
    Inherited = true)]
public sealed class PiiAccessAttribute : Attribute
{
    /// <summary>Grants <paramref name="operations"/> to <paramref name="role"/>.</summary>
    /// <param name="role">The role, e.g. "End user", "Agent", "Installer", "Customer service".</param>
    /// <param name="operations">What the role may do.</param>
    public PiiAccessAttribute(string role, PiiOperation operations)
    {
        Role = role;
        Operations = operations;
    }

    /// <summary>The role the grant is for.</summary>
    public string Role { get; }

    /// <summary>What the role may do.</summary>
    public PiiOperation Operations { get; }
}
