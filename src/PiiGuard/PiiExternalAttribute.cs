using System;

namespace PiiGuard;

/// <summary>
/// Personal data that comes from code PiiGuard cannot annotate: either a group of the framework members PiiGuard
/// already knows (<see cref="FrameworkSource"/>), given its purposes, or a member of a referenced library (a property,
/// a field or a method's return value) marked as personal data of a category. Assembly-level; see <c>docs/sources.md</c>.
/// </summary>
/// <example><code>
/// [assembly: PiiExternal(FrameworkSource.ClientIpAddress, Purpose = Purpose.Security | Purpose.FraudPrevention)]
/// [assembly: PiiExternal(typeof(Stripe.Customer), nameof(Stripe.Customer.Email), Category.Contact, Purpose = Purpose.Payment)]
/// </code></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class PiiExternalAttribute : Attribute
{
    /// <summary>Declares the purposes of a group of framework-known personal data.</summary>
    /// <param name="source">The group (client IP address, user name, identity claims).</param>
    public PiiExternalAttribute(FrameworkSource source)
    {
        Source = source;
    }

    /// <summary>Marks a member of a referenced type as personal data.</summary>
    /// <param name="type">The type that declares the member (an interface or base type covers its implementations).</param>
    /// <param name="member">The member's name: a property, a field, or a method whose return value is the data.</param>
    /// <param name="category">What kind of personal data it is.</param>
    public PiiExternalAttribute(Type type, string member, Category category)
    {
        Type = type;
        Member = member;
        Category = category;
    }

    /// <summary>The framework group, when this declaration gives one its purposes.</summary>
    public FrameworkSource? Source { get; }

    /// <summary>The type that declares <see cref="Member"/>.</summary>
    public Type? Type { get; }

    /// <summary>The marked member's name.</summary>
    public string? Member { get; }

    /// <summary>The category of the marked member.</summary>
    public Category? Category { get; }

    /// <summary>The declared purposes; <see cref="Purpose.None"/> (the default) declares none.</summary>
    public Purpose Purpose { get; set; }

    /// <summary>Free text for the data map, e.g. "The caller's address, kept in access logs for abuse detection".</summary>
    public string? Description { get; set; }
}
