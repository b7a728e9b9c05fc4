using System;
using System.Collections.Immutable;
using PiiGuard.Analyzers.Model;

namespace PiiGuard.Analyzers.Sinks;

/// <summary>A framework member that is personal data by nature: reading it is reading the data.</summary>
/// <param name="Source">The group whose declared purposes apply (<c>[assembly: PiiExternal(FrameworkSource.…)]</c>).</param>
/// <param name="TypeName">The metadata name of the declaring type; derived types and implementations match too.</param>
/// <param name="Member">The property, field or method (its return value).</param>
/// <param name="Category">What kind of personal data it is.</param>
internal sealed record SourceMember(FrameworkSource Source, string TypeName, string Member, Category Category);

/// <summary>An identity claim type, by every spelling PiiGuard recognises (the <c>ClaimTypes</c> URI and the OpenID Connect name).</summary>
/// <param name="Name">The name the diagnostics and the map use (<c>ClaimTypes.Email</c>).</param>
/// <param name="Category">What kind of personal data its value is.</param>
/// <param name="Spellings">The claim-type strings, compared ordinally ignoring case.</param>
internal sealed record SourceClaim(string Name, Category Category, ImmutableArray<string> Spellings);

/// <summary>
/// The built-in source catalogue (<c>docs/sources.md</c>): what the framework hands out that is personal data without
/// any attribute. Matched by metadata name; a type the compilation cannot see matches nothing. Users extend it with
/// <c>[assembly: PiiExternal(typeof(T), "Member", Category.…)]</c> and give its groups purposes with
/// <c>[assembly: PiiExternal(FrameworkSource.…, Purpose = …)]</c>.
/// </summary>
internal static class SourceCatalog
{
    /// <summary>
    /// A compilation that can see this type (every ASP.NET Core app and library) reads framework sources: its bodies are
    /// filtered for the catalogue's names even when it declares no <c>[Pii]</c> of its own.
    /// </summary>
    public const string AnchorType = "Microsoft.AspNetCore.Http.HttpContext";

    public const string HeaderDictionaryType = "Microsoft.AspNetCore.Http.IHeaderDictionary";

    private const string ClaimsNamespace = "System.Security.Claims";

    public static readonly ImmutableArray<SourceMember> Members = ImmutableArray.Create(
        new SourceMember(FrameworkSource.ClientIpAddress, "Microsoft.AspNetCore.Http.ConnectionInfo", "RemoteIpAddress", Category.IpAddress),
        new SourceMember(FrameworkSource.ClientIpAddress, "Microsoft.AspNetCore.Http.Features.IHttpConnectionFeature", "RemoteIpAddress", Category.IpAddress),
        new SourceMember(FrameworkSource.ClientIpAddress, "System.Net.HttpListenerRequest", "RemoteEndPoint", Category.IpAddress),
        new SourceMember(FrameworkSource.ClientIpAddress, "System.Net.HttpListenerRequest", "UserHostAddress", Category.IpAddress),
        new SourceMember(FrameworkSource.UserName, "System.Security.Principal.IIdentity", "Name", Category.Account),
        new SourceMember(FrameworkSource.UserName, ClaimsNamespace + ".ClaimsIdentity", "Name", Category.Account),
        new SourceMember(FrameworkSource.IdentityClaims, ClaimsNamespace + ".ClaimsPrincipal", "Claims", Category.Account),
        new SourceMember(FrameworkSource.IdentityClaims, ClaimsNamespace + ".ClaimsIdentity", "Claims", Category.Account));

    /// <summary>Request headers that carry the client's address (read by indexer or <c>TryGetValue</c> on <c>IHeaderDictionary</c>).</summary>
    public static readonly ImmutableArray<string> ClientAddressHeaders = ImmutableArray.Create(
        "X-Forwarded-For", "Forwarded", "X-Real-IP", "X-Original-For", "X-Client-IP", "True-Client-IP", "CF-Connecting-IP");

    /// <summary>The methods that look a claim up by its type (the first string argument).</summary>
    public static readonly ImmutableArray<string> ClaimLookups = ImmutableArray.Create("FindFirst", "FindFirstValue", "FindAll");

    /// <summary>The types those lookups are declared on (<c>PrincipalExtensions.FindFirstValue</c> is ASP.NET Core Identity's).</summary>
    public static readonly ImmutableArray<string> ClaimLookupTypes = ImmutableArray.Create(
        ClaimsNamespace + ".ClaimsPrincipal", ClaimsNamespace + ".ClaimsIdentity", ClaimsNamespace + ".PrincipalExtensions");

    /// <summary>
    /// Objects that, logged or serialized whole (<c>{@principal}</c>), write out the user's claims. A single
    /// <c>Claim</c> is not one: it carries what it was read as (a claim looked up by type, an item of <c>Claims</c>).
    /// </summary>
    public static readonly ImmutableArray<string> ClaimHolders = ImmutableArray.Create(
        ClaimsNamespace + ".ClaimsPrincipal", ClaimsNamespace + ".ClaimsIdentity");

    private const string Soap = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/";

    // Only claims that are personal data in themselves: the subject id (NameIdentifier, "sub") and roles are left out
    // on purpose (ids that are not marked are not personal data to PiiGuard); a project that treats them as such says so.
    public static readonly ImmutableArray<SourceClaim> Claims = ImmutableArray.Create(
        Claim("ClaimTypes.Email", Category.Contact, Soap + "emailaddress", "email"),
        Claim("ClaimTypes.Name", Category.Name, Soap + "name", "name", "preferred_username", "unique_name"),
        Claim("ClaimTypes.GivenName", Category.Name, Soap + "givenname", "given_name"),
        Claim("ClaimTypes.Surname", Category.Name, Soap + "surname", "family_name"),
        Claim("ClaimTypes.MobilePhone", Category.Contact, Soap + "mobilephone", "phone_number"),
        Claim("ClaimTypes.HomePhone", Category.Contact, Soap + "homephone"),
        Claim("ClaimTypes.OtherPhone", Category.Contact, Soap + "otherphone"),
        Claim("ClaimTypes.StreetAddress", Category.Contact, Soap + "streetaddress", "address"),
        Claim("ClaimTypes.PostalCode", Category.Contact, Soap + "postalcode"),
        Claim("ClaimTypes.Locality", Category.Location, Soap + "locality"),
        Claim("ClaimTypes.StateOrProvince", Category.Location, Soap + "stateorprovince"),
        Claim("ClaimTypes.Country", Category.Location, Soap + "country"),
        Claim("ClaimTypes.DateOfBirth", Category.Demographic, Soap + "dateofbirth", "birthdate"),
        Claim("ClaimTypes.Gender", Category.Demographic, Soap + "gender", "gender"),
        Claim("ClaimTypes.Upn", Category.Account, Soap + "upn", "upn"));

    /// <summary>
    /// Identifiers through which a body reads a catalogue source (for <see cref="Flow.PiiRelevance"/>): the members,
    /// the header dictionary, the claim lookups and the claim holders' names.
    /// </summary>
    public static readonly ImmutableArray<string> RelevanceNames = ImmutableArray.Create(
        "RemoteIpAddress", "RemoteEndPoint", "UserHostAddress", "Headers", "IHeaderDictionary",
        "Identity", "IIdentity", "Claims", "FindFirst", "FindFirstValue", "FindAll", "ClaimsPrincipal", "ClaimsIdentity", "Claim");

    /// <summary>The group's name in the data map.</summary>
    public static string Label(FrameworkSource source) => source switch
    {
        FrameworkSource.ClientIpAddress => "Client IP address",
        FrameworkSource.UserName => "Signed-in user's name",
        _ => "Identity claims",
    };

    /// <summary>The group's category in the data map (each member's own category is in <see cref="Members"/> and <see cref="Claims"/>).</summary>
    public static Category CategoryOf(FrameworkSource source) => source == FrameworkSource.ClientIpAddress ? Category.IpAddress : Category.Account;

    /// <summary>What the group is, for the data map when the declaration gives no description.</summary>
    public static string Describe(FrameworkSource source) => source switch
    {
        FrameworkSource.ClientIpAddress => "The client's IP address, as the web server sees it (RemoteIpAddress) or as proxies forward it (X-Forwarded-For, Forwarded, X-Real-IP)",
        FrameworkSource.UserName => "The signed-in user's name (User.Identity.Name)",
        _ => "The signed-in user's identity claims (e-mail, name, phone, address, date of birth)",
    };

    /// <summary>The claim a claim-type string names, or <see langword="null"/>.</summary>
    public static SourceClaim? ClaimFor(string? claimType)
    {
        if (claimType is null)
        {
            return null;
        }

        foreach (var claim in Claims)
        {
            foreach (var spelling in claim.Spellings)
            {
                if (string.Equals(spelling, claimType, StringComparison.OrdinalIgnoreCase))
                {
                    return claim;
                }
            }
        }

        return null;
    }

    /// <summary>The catalogue's spelling of a client-address header, or <see langword="null"/>.</summary>
    public static string? ClientAddressHeader(string? name)
    {
        foreach (var header in ClientAddressHeaders)
        {
            if (string.Equals(header, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return header;
            }
        }

        return null;
    }

    private static SourceClaim Claim(string name, Category category, params string[] spellings) => new(name, category, ImmutableArray.Create(spellings));
}
