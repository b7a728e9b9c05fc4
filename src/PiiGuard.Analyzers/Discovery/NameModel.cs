namespace PiiGuard.Analyzers.Discovery;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using PiiGuard.Analyzers.Model;

/// <summary>
/// A learned second opinion on the rules' answer (<see cref="PiiNameClassifier"/>): a logistic regression over the words of a
/// member's name, its type's kind and its container's words, trained on the labelled sets of real code
/// (tests/PiiGuard.Tests/Discovery/real) by <c>bench/discovery/name-model</c> and shipped as two tables of weights. It adds a
/// member the rules leave alone when it is very sure (<see cref="AddAt"/>) and removes a rules' answer it is very sure is wrong
/// (<see cref="VetoBelow"/>); both points were chosen on held-out sets the rules had not been tuned on (docs/discovery.md,
/// "The learned second opinion"). The same input gives the same answer: the tables are read once, in order.
/// </summary>
internal static class NameModel
{
    /// <summary>A member the rules leave alone is suggested when the model's probability is at least this.</summary>
    public const double AddAt = 0.9;

    /// <summary>A rules' answer is dropped when the model's probability is below this.</summary>
    public const double VetoBelow = 0.2;

    private const string PersonalResource = "PiiGuard.Analyzers.Discovery.NameModel.personal.tsv";
    private const string CategoryResource = "PiiGuard.Analyzers.Discovery.NameModel.category.tsv";

    private static readonly Lazy<Dictionary<string, double>?> Personal = new(() => ReadPersonal(PersonalResource));

    private static readonly Lazy<Dictionary<string, double[]>?> Categories = new(() => ReadCategories(CategoryResource));

    /// <summary>The categories of the category table, in its column order (the values of <see cref="Category"/> by name).</summary>
    private static Category[] categoryColumns = Array.Empty<Category>();

    /// <summary>
    /// The rules' answer, with the model's opinion: <paramref name="rules"/> unless the model is very sure the member holds no
    /// one's data; when the rules say nothing, the model's category if it is very sure the member holds a person's data.
    /// </summary>
    public static Category? Adjust(Category? rules, string container, string member, string? typeName)
    {
        // A type that is personal data whatever the name (an e-mail or IP address, a phone number) is not second-guessed, and
        // a model, a service or a key holds no value of its own (PiiNameClassifier.TypeFacts).
        if (!HasOpinion(rules is not null, member, typeName))
        {
            return rules;
        }

        var features = Features(container, member, typeName);
        var p = Probability(features);
        if (p is null)
        {
            return rules; // no table: the rules alone
        }

        if (rules is not null)
        {
            return p < VetoBelow ? null : rules;
        }

        return p >= AddAt ? CategoryOf(features) : null;
    }

    /// <summary>
    /// Whether the model's opinion counts: not on a rules' answer for a known name (<c>email</c>, <c>ssn</c>, <c>remoteEndPoint</c>)
    /// or a type that is personal data whatever the name (an e-mail or IP address, a phone number), and not for a type that
    /// holds no value of its own (a model, a service, a key).
    /// </summary>
    public static bool HasOpinion(bool rulesFlag, string member, string? typeName) =>
        rulesFlag ? !IsPersonalType(typeName) && !PiiNameClassifier.IsKnownName(member) : !new PiiNameClassifier.TypeFacts(typeName).HoldsNoValue;

    private static bool IsPersonalType(string? typeName)
    {
        var t = typeName?.TrimEnd('?') ?? string.Empty;
        var dot = t.LastIndexOf('.');
        return (dot >= 0 ? t.Substring(dot + 1) : t) is "MailAddress" or "IPAddress" or "PhysicalAddress" or "PhoneNumber";
    }

    /// <summary>
    /// A member's category from its name (<paramref name="byName"/>, the rules' answer), the model's opinion on it, and the
    /// evidence the model does not read (<paramref name="otherEvidence"/>: the names its attributes give it), which the model
    /// never overrules: a rules' answer the model vetoes falls back to that evidence, and the model adds a member only when
    /// that evidence says nothing.
    /// </summary>
    public static Category? Decide(Category? byName, string container, string member, string? typeName, Func<Category?> otherEvidence) =>
        byName is not null
            ? Adjust(byName, container, member, typeName) ?? otherEvidence()
            : otherEvidence() ?? Adjust(null, container, member, typeName);

    /// <summary>The model's probability that the member holds a person's data, or null when the weights are not there.</summary>
    public static double? Probability(string container, string member, string? typeName) => Probability(Features(container, member, typeName));

    private static double? Probability(List<string> features)
    {
        var weights = Personal.Value;
        if (weights is null)
        {
            return null;
        }

        var z = 0.0;
        foreach (var f in features)
        {
            if (weights.TryGetValue(f, out var w))
            {
                z += w;
            }
        }

        return 1.0 / (1.0 + Math.Exp(-z));
    }

    private static Category? CategoryOf(List<string> features)
    {
        var table = Categories.Value;
        if (table is null || categoryColumns.Length == 0)
        {
            return null;
        }

        var scores = new double[categoryColumns.Length];
        foreach (var f in features)
        {
            if (table.TryGetValue(f, out var row))
            {
                for (var i = 0; i < scores.Length; i++)
                {
                    scores[i] += row[i];
                }
            }
        }

        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return categoryColumns[best];
    }

    /// <summary>
    /// The model's features of a member: its words (lower-case ASCII, split at case humps and at anything not a letter), each
    /// also with its type's kind, its first and last word, its word pairs, its container's words and last word, and the
    /// container's last word with the member's. The trainer calls this too, so what is learned is what is read.
    /// </summary>
    public static List<string> Features(string container, string member, string? typeName)
    {
        var mw = Words(member);
        var cw = Words(container);
        var t = TypeKind(typeName);
        var f = new List<string>(8 + (3 * mw.Count) + cw.Count) { "t:" + t, "b" };
        foreach (var w in mw)
        {
            f.Add("m:" + w);
            f.Add("m:" + w + "|t:" + t);
        }

        if (mw.Count > 0)
        {
            f.Add("ml:" + mw[mw.Count - 1]);
            f.Add("mf:" + mw[0]);
            f.Add("ml:" + mw[mw.Count - 1] + "|t:" + t);
        }

        for (var i = 0; i + 1 < mw.Count; i++)
        {
            f.Add("mb:" + mw[i] + "_" + mw[i + 1]);
        }

        foreach (var w in cw)
        {
            f.Add("c:" + w);
        }

        if (cw.Count > 0)
        {
            f.Add("cl:" + cw[cw.Count - 1]);
            if (mw.Count > 0)
            {
                f.Add("cl:" + cw[cw.Count - 1] + "|ml:" + mw[mw.Count - 1]);
            }
        }

        if (member.EndsWith("id", StringComparison.OrdinalIgnoreCase))
        {
            f.Add("endid|t:" + t);
        }

        return f;
    }

    /// <summary>
    /// Lower-case ASCII words: a break between a lower-case letter or digit and a capital, and before the last capital of a
    /// run followed by a lower-case letter ("IPAddress": ip, address); anything not an ASCII letter separates. A name with no
    /// such word is one word, lower-cased.
    /// </summary>
    public static List<string> Words(string name)
    {
        var spaced = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && IsUpper(c))
            {
                var prev = name[i - 1];
                if (IsLower(prev) || IsDigit(prev)
                    || (IsUpper(prev) && i + 1 < name.Length && IsLower(name[i + 1])))
                {
                    spaced.Append(' ');
                }
            }

            spaced.Append(c);
        }

        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in spaced.ToString().ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z')
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        if (words.Count == 0 && name.Length > 0)
        {
            words.Add(name.ToLowerInvariant());
        }

        return words;
    }

    private static bool IsUpper(char c) => c is >= 'A' and <= 'Z';

    private static bool IsLower(char c) => c is >= 'a' and <= 'z';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>A type's kind as the model reads it: text, a number, money, a flag, a date, a time, a key, bytes, an object, a collection or a type of the code base.</summary>
    public static string TypeKind(string? typeName)
    {
        if (string.IsNullOrEmpty(typeName))
        {
            return "custom";
        }

        var t = typeName!.Replace(" ", string.Empty);
        if (t.StartsWith("global::", StringComparison.Ordinal))
        {
            t = t.Substring(8);
        }

        if (t.StartsWith("System.", StringComparison.Ordinal))
        {
            t = t.Substring(7);
        }

        t = t.TrimEnd('?');
        switch (t)
        {
            case "string" or "char" or "String" or "Char":
                return "string";
            case "int" or "long" or "short" or "uint" or "ulong" or "ushort" or "byte" or "sbyte" or "double" or "float"
                or "Int16" or "Int32" or "Int64" or "UInt16" or "UInt32" or "UInt64" or "Byte" or "SByte" or "Double" or "Single":
                return "num";
            case "decimal" or "Decimal":
                return "money";
            case "bool" or "Boolean":
                return "bool";
            case "DateTime" or "DateOnly" or "DateTimeOffset":
                return "date";
            case "TimeSpan" or "TimeOnly":
                return "time";
            case "Guid":
                return "guid";
            case "byte[]" or "Byte[]":
                return "bytes";
            case "object" or "dynamic" or "Object":
                return "obj";
        }

        return t.EndsWith("[]", StringComparison.Ordinal) || t.IndexOf('<') >= 0 ? "coll" : "custom";
    }

    private static Stream? Open(string resource) => typeof(NameModel).Assembly.GetManifestResourceStream(resource);

    private static Dictionary<string, double>? ReadPersonal(string resource)
    {
        using var stream = Open(resource);
        if (stream is null)
        {
            return null;
        }

        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.LastIndexOf('\t');
            if (tab > 0 && double.TryParse(line.Substring(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var w))
            {
                weights[line.Substring(0, tab)] = w;
            }
        }

        return weights;
    }

    private static Dictionary<string, double[]>? ReadCategories(string resource)
    {
        using var stream = Open(resource);
        if (stream is null)
        {
            return null;
        }

        // Lines "feature<TAB>category<TAB>weight"; a category's column is its value in Category.
        var columns = (Category[])Enum.GetValues(typeof(Category));
        var table = new Dictionary<string, double[]>(StringComparer.Ordinal);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 3 || !Enum.TryParse<Category>(cells[1], out var category)
                || !double.TryParse(cells[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var w))
            {
                continue;
            }

            var column = Array.IndexOf(columns, category);
            if (column < 0)
            {
                continue;
            }

            if (!table.TryGetValue(cells[0], out var row))
            {
                table[cells[0]] = row = new double[columns.Length];
            }

            row[column] = w;
        }

        categoryColumns = columns;
        return table;
    }
}
