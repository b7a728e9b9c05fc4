namespace PiiGuard.Analyzers.Discovery;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using PiiGuard.Analyzers.Model;

/// <summary>
/// A learned second opinion on what the rules leave alone (<see cref="PiiNameClassifier"/>): a logistic regression over the
/// words of a member's name, its type's kind and its container's words, trained on the labelled sets of real code
/// (tests/PiiGuard.Tests/Discovery/real) by <c>bench/discovery/name-model</c> and shipped as two tables of weights. It adds a
/// member the rules, the container and the attributes say nothing of when it is very sure (<see cref="AddAt"/>, chosen on
/// held-out sets the rules had not been tuned on: docs/discovery.md, "The learned second opinion"); it never removes what
/// they say. The same input gives the same answer: the tables are read once, in order.
/// </summary>
internal static class NameModel
{
    /// <summary>A member nothing else classifies is suggested when the model's probability is at least this.</summary>
    public const double AddAt = 0.9;

    private const string PersonalResource = "PiiGuard.Analyzers.Discovery.NameModel.personal.tsv";
    private const string CategoryResource = "PiiGuard.Analyzers.Discovery.NameModel.category.tsv";

    private static readonly Lazy<Dictionary<string, double>?> Personal = new(() => ReadPersonal(PersonalResource));

    private static readonly Lazy<(Category[] Columns, Dictionary<string, double[]> Rows)?> Categories = new(() => ReadCategories(CategoryResource));

    /// <summary>
    /// A member's category from its name (<paramref name="byName"/>, the rules' answer), else from the evidence the model does
    /// not read (<paramref name="otherEvidence"/>: the names its attributes give it), else the model's, when it is very sure.
    /// </summary>
    public static Category? Decide(Category? byName, string container, string member, string? typeName, Func<Category?> otherEvidence) =>
        byName ?? otherEvidence() ?? Add(container, member, typeName);

    /// <summary>
    /// The model's category for a member nothing else classifies, when it is at least <see cref="AddAt"/> sure the member holds
    /// a person's data; null otherwise, where it is not asked (<see cref="HasOpinion"/>), and when the tables are not there.
    /// </summary>
    public static Category? Add(string container, string member, string? typeName) =>
        Add(new PiiNameClassifier.ContainerFacts(container), new PiiNameClassifier.TypeFacts(typeName), member);

    /// <summary>
    /// <see cref="Add(string, string, string?)"/> with the container's and the type's facts already read (the analyzer reads
    /// them once per compilation).
    /// </summary>
    public static Category? Add(PiiNameClassifier.ContainerFacts container, PiiNameClassifier.TypeFacts type, string member)
    {
        if (type.HoldsNoValue || !AskedIn(container))
        {
            return null;
        }

        var features = Features(container.Name, member, type.Name);
        return Probability(features) >= AddAt ? CategoryOf(features) : null;
    }

    /// <summary>
    /// Whether the model would add the member with any of <paramref name="typeNames"/> as its type (audit mode's relevance
    /// gate, which sees the syntax only); the container is read once.
    /// </summary>
    public static bool AddsWithAny(string container, string member, IEnumerable<string> typeNames)
    {
        if (!AskedIn(new PiiNameClassifier.ContainerFacts(container)))
        {
            return false;
        }

        // The features read the type only through its kind (TypeKind): each kind is scored once.
        List<string>? kinds = null;
        foreach (var typeName in typeNames)
        {
            if (new PiiNameClassifier.TypeFacts(typeName).HoldsNoValue)
            {
                continue;
            }

            var kind = TypeKind(typeName);
            if (kinds is not null && kinds.Contains(kind))
            {
                continue;
            }

            (kinds ??= new List<string>(4)).Add(kind);
            if (Probability(FeaturesOfKind(container, member, kind)) >= AddAt)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the model is asked at all: not for a type that holds no value of its own (a model, a service, a key), and not
    /// in a container the rules know holds things or infrastructure (a file, a station; options, a client).
    /// </summary>
    public static bool HasOpinion(string container, string? typeName) =>
        !new PiiNameClassifier.TypeFacts(typeName).HoldsNoValue && AskedIn(new PiiNameClassifier.ContainerFacts(container));

    /// <summary>Not in a container the rules know holds things or infrastructure.</summary>
    private static bool AskedIn(PiiNameClassifier.ContainerFacts container) => !container.IsThing && !container.IsInfrastructure;

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
        if (Categories.Value is not { } table || table.Columns.Length == 0)
        {
            return null;
        }

        var scores = new double[table.Columns.Length];
        foreach (var f in features)
        {
            if (table.Rows.TryGetValue(f, out var row))
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

        return table.Columns[best];
    }

    /// <summary>
    /// The model's features of a member: its words (lower-case ASCII, split at case humps and at anything not a letter), each
    /// also with its type's kind, its first and last word, its word pairs, its container's words and last word, and the
    /// container's last word with the member's. The trainer calls this too, so what is learned is what is read.
    /// </summary>
    public static List<string> Features(string container, string member, string? typeName) => FeaturesOfKind(container, member, TypeKind(typeName));

    private static List<string> FeaturesOfKind(string container, string member, string t)
    {
        var mw = Words(member);
        var cw = Words(container);
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

    // Lines "feature<TAB>category<TAB>weight"; the columns are the categories the table names, by their value in Category
    // (the trainer's order: by name, which the argmax does not depend on but for exact ties).
    private static (Category[] Columns, Dictionary<string, double[]> Rows)? ReadCategories(string resource)
    {
        using var stream = Open(resource);
        if (stream is null)
        {
            return null;
        }

        var entries = new List<(string Feature, Category Category, double Weight)>();
        using (var reader = new StreamReader(stream, Encoding.UTF8))
        {
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                var cells = line.Split('\t');
                if (line.Length > 0 && line[0] != '#' && cells.Length == 3 && Enum.TryParse<Category>(cells[1], out var category)
                    && double.TryParse(cells[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var w))
                {
                    entries.Add((cells[0], category, w));
                }
            }
        }

        var columns = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            columns.Add(e.Category.ToString());
        }

        var ordered = new List<Category>();
        foreach (var name in columns)
        {
            ordered.Add((Category)Enum.Parse(typeof(Category), name));
        }

        var rows = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var (feature, category, weight) in entries)
        {
            if (!rows.TryGetValue(feature, out var row))
            {
                rows[feature] = row = new double[ordered.Count];
            }

            row[ordered.IndexOf(category)] = weight;
        }

        return (ordered.ToArray(), rows);
    }
}
