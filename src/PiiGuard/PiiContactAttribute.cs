using System;

namespace PiiGuard;

/// <summary>
/// Names the controller, its representative, its data protection officer or its privacy contact, with their contact
/// details, for the record of processing activities (GDPR Art. 30(1)(a)). Apply once per role; write what the notice
/// says — leave out what it does not, and the map says "not stated".
/// </summary>
/// <example><code>[assembly: PiiContact(PiiContactRole.Controller, "DP DREAM PAIRS INC", Address = "9500 Railroad Ave, North Bergen, NJ 07047")]</code></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class PiiContactAttribute : Attribute
{
    /// <summary>Declares a contact.</summary>
    /// <param name="role">Who the contact is.</param>
    /// <param name="name">The legal name of the organisation or person.</param>
    public PiiContactAttribute(PiiContactRole role, string name)
    {
        Role = role;
        Name = name;
    }

    /// <summary>Who the contact is.</summary>
    public PiiContactRole Role { get; }

    /// <summary>The legal name of the organisation or person.</summary>
    public string Name { get; }

    /// <summary>Postal address.</summary>
    public string? Address { get; set; }

    /// <summary>E-mail address.</summary>
    public string? Email { get; set; }

    /// <summary>Telephone number.</summary>
    public string? Phone { get; set; }

    /// <summary>A web page or form, e.g. the online request form the notice links to.</summary>
    public string? Url { get; set; }
}
