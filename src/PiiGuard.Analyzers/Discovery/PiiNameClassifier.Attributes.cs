using System;
using System.Collections.Generic;

namespace PiiGuard.Analyzers.Discovery;

/// <summary>
/// Attribute evidence: what a member's own attributes say its value is, read as another name for the member. Validation
/// attributes state the kind of value (<c>[EmailAddress]</c>, <c>[Phone]</c>, <c>[CreditCard]</c>,
/// <c>[DataType(DataType.Password)]</c>); display, serialization and column names are names the code base gives the same
/// value elsewhere (<c>[Display(Name = "Date of birth")]</c>, <c>[JsonPropertyName("first_name")]</c>,
/// <c>[Column("cust_email")]</c>). Each is classified like the member's own name, in the member's container and with its
/// type, so a thing's <c>[EmailAddress]</c> stays the thing's.
/// </summary>
internal static partial class PiiNameClassifier
{
    // Simple names of the attributes read (without "Attribute"), with the namespace each must come from: a value-kind
    // attribute gives the name its kind stands for; a naming attribute gives its argument (null here).
    private static readonly Dictionary<string, (string Namespace, string? KindName)> EvidenceAttributes = new(StringComparer.Ordinal)
    {
        ["EmailAddress"] = ("System.ComponentModel.DataAnnotations", "Email"),
        ["Phone"] = ("System.ComponentModel.DataAnnotations", "PhoneNumber"),
        ["CreditCard"] = ("System.ComponentModel.DataAnnotations", "CardNumber"),
        ["DataType"] = ("System.ComponentModel.DataAnnotations", null),
        ["Display"] = ("System.ComponentModel.DataAnnotations", null),
        ["DisplayName"] = ("System.ComponentModel", null),
        ["Column"] = ("System.ComponentModel.DataAnnotations.Schema", null),
        ["JsonPropertyName"] = ("System.Text.Json.Serialization", null),
        ["JsonProperty"] = ("Newtonsoft.Json", null),
        ["DataMember"] = ("System.Runtime.Serialization", null),
        ["BsonElement"] = ("MongoDB.Bson.Serialization.Attributes", null),
        ["XmlElement"] = ("System.Xml.Serialization", null),
    };

    // System.ComponentModel.DataAnnotations.DataType members that name a kind of personal value.
    private static readonly Dictionary<string, string> DataTypeKinds = new(StringComparer.Ordinal)
    {
        ["EmailAddress"] = "Email", ["PhoneNumber"] = "PhoneNumber", ["Password"] = "Password", ["PostalCode"] = "PostalCode",
        ["CreditCard"] = "CardNumber",
    };

    // The simple names as the source may write them, with and without "Attribute": looked up without allocating.
    private static readonly HashSet<string> WrittenEvidenceNames = BuildWrittenNames();

    private static HashSet<string> BuildWrittenNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in EvidenceAttributes.Keys)
        {
            names.Add(name);
            names.Add(name + "Attribute");
        }

        return names;
    }

    /// <summary>Whether an attribute, as the source writes its simple name ("EmailAddress", "JsonPropertyNameAttribute"), may be evidence.</summary>
    public static bool IsEvidenceAttribute(string writtenName) => WrittenEvidenceNames.Contains(writtenName);

    /// <summary>The namespace an evidence attribute must be declared in, or null when the name is not one.</summary>
    public static string? EvidenceNamespace(string attributeClassName) =>
        EvidenceAttributes.TryGetValue(SimpleAttributeName(attributeClassName), out var known) ? known.Namespace : null;

    /// <summary>
    /// The name an attribute gives the member's value: the kind's name for a validation attribute ("Email" for
    /// <c>[EmailAddress]</c>; the <c>DataType</c> member's for <c>[DataType(…)]</c>, passed as <paramref name="argument"/>),
    /// the argument for a naming attribute; null when it says nothing about personal data.
    /// </summary>
    public static string? EvidenceName(string attributeClassName, string? argument)
    {
        var simple = SimpleAttributeName(attributeClassName);
        if (!EvidenceAttributes.TryGetValue(simple, out var known))
        {
            return null;
        }

        if (known.KindName is not null)
        {
            return known.KindName;
        }

        if (simple == "DataType")
        {
            return argument is not null && DataTypeKinds.TryGetValue(argument, out var kind) ? kind : null;
        }

        if (string.IsNullOrWhiteSpace(argument))
        {
            return null;
        }

        // A display name is a phrase ("Phone #", "E-mail (work)"): its words only.
        var words = new System.Text.StringBuilder(argument!.Length);
        foreach (var c in argument)
        {
            words.Append(char.IsLetterOrDigit(c) || c is '_' or '-' or '.' ? c : ' ');
        }

        var phrase = words.ToString().Trim();
        return phrase.Length == 0 ? null : phrase;
    }

    /// <summary>
    /// Classifies a member by the names its attributes give it (<see cref="EvidenceName"/>), in its container and with its
    /// type; the first that is personal data wins. A member named as its row's key (<see cref="IsRowKey"/>) is not read
    /// again: its column's name (<c>[Column("idnum")] int Id</c>) names the key, not an identity number.
    /// </summary>
    public static Model.Category? ClassifyByAttributes(string container, IEnumerable<(string Attribute, string? Argument)> attributes, string? typeName, bool personBySiblings = false, bool ownedByPerson = false, string? member = null)
    {
        if (member is not null && IsRowKey(member))
        {
            return null;
        }

        foreach (var (attribute, argument) in attributes)
        {
            if (EvidenceName(attribute, argument) is { } name && Classify(container, name, typeName, personBySiblings, ownedByPerson) is { } category)
            {
                return category;
            }
        }

        return null;
    }

    /// <summary>Whether a member's own name is its row's key: <c>Id</c> in any case, with or without leading underscores.</summary>
    public static bool IsRowKey(string member) => string.Equals(member.TrimStart('_'), "id", StringComparison.OrdinalIgnoreCase);

    private static string SimpleAttributeName(string name)
    {
        var dot = name.LastIndexOf('.');
        if (dot >= 0)
        {
            name = name.Substring(dot + 1);
        }

        return name.EndsWith("Attribute", StringComparison.Ordinal) && name.Length > "Attribute".Length
            ? name.Substring(0, name.Length - "Attribute".Length)
            : name;
    }
}
