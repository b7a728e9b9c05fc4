using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.Serialization.Json;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace PiiGuard.Tasks;

/// <summary>
/// The exports privacy teams load into their tools, computed from the JSON data map (the documented contract, so a
/// third-party tool could compute the same): two CSV sheets (items; processing activities, one row of the GDPR Art. 30
/// record each) and a fideslang YAML manifest (a dataset and a system). Pure functions of the JSON text: the same map
/// gives byte-identical exports. No MSBuild types here, so the unit tests compile this file directly.
/// </summary>
internal static class InventoryExports
{
    /// <summary>The JSON <c>schemaVersion</c> values these exports understand.</summary>
    public const int MaxSchemaVersion = 1;

    /// <summary>The items sheet's header; its first cell also tells a PiiGuard sheet from a user's file.</summary>
    public static readonly string[] ItemColumns =
    {
        "Item", "Data category", "Description", "Purposes", "Legal basis", "Sold", "Shared", "Disclosed to", "Retention",
        "Retention from", "Data subject", "Stored in", "Sensitive", "Access", "fides data category", "fides data uses",
        "Declared in", "Assembly",
    };

    /// <summary>The processing-activities sheet's header (GDPR Art. 30(1) (b)–(f)).</summary>
    public static readonly string[] ActivityColumns =
    {
        "Processing activity", "fides data use", "Data subjects", "Categories of personal data", "Items", "Legal basis",
        "Recipients", "Transfers outside the home region", "Time limits for erasure",
    };

    private const string NotStated = "not stated";

    // fideslang's default data subjects; any other subject is defined in the manifest itself.
    private static readonly HashSet<string> FidesSubjects = new(StringComparer.Ordinal)
    {
        "anonymous_user", "citizen_voter", "commuter", "consultant", "customer", "employee", "job_applicant", "next_of_kin",
        "passenger", "patient", "prospect", "shareholder", "supplier_vendor", "trainee", "visitor",
    };

    /// <summary>Reads the JSON data map; throws <see cref="FormatException"/> when it is not one this version reads.</summary>
    public static DataMap Parse(string json)
    {
        XElement root;
        try
        {
            using var reader = JsonReaderWriterFactory.CreateJsonReader(Encoding.UTF8.GetBytes(json), XmlDictionaryReaderQuotas.Max);
            root = XElement.Load(reader);
        }
        catch (XmlException e)
        {
            throw new FormatException("the JSON data map is not valid JSON: " + e.Message, e);
        }

        var version = root.Element("schemaVersion")?.Value;
        if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var schema) || schema < 1 || schema > MaxSchemaVersion)
        {
            throw new FormatException($"the JSON data map has schemaVersion {version ?? "(none)"}; this PiiGuard reads 1 to {MaxSchemaVersion}");
        }

        return new DataMap(root);
    }

    /// <summary>The items sheet: one row per item, in the map's order.</summary>
    public static string ItemsCsv(DataMap map)
    {
        var rows = new List<IReadOnlyList<string>> { ItemColumns };
        foreach (var item in map.Items)
        {
            rows.Add(new[]
            {
                item.Text("item"),
                Category(item),
                item.Text("description"),
                string.Join("; ", item.List("purposes").Select(Humanize)),
                string.Join("; ", item.List("legalBasis").Select(Humanize)),
                YesNo(item.Flag("sold")),
                YesNo(item.Flag("shared")),
                string.Join("; ", item.List("disclosedTo")),
                item.Text("retention"),
                item.Text("retentionFrom"),
                item.Text("dataSubject") is { Length: > 0 } subject ? subject : NotStated,
                item.Text("storedIn"),
                YesNo(item.Flag("sensitive")),
                string.Join("; ", item.Objects("access").Select(a => a.Text("role") + ": " + string.Join(", ", a.List("operations")))),
                item.Text("dataCategory"),
                string.Join("; ", item.List("dataUses")),
                item.Text("type") + "." + item.Text("member"),
                item.Text("assembly"),
            });
        }

        return Csv(rows);
    }

    /// <summary>
    /// The processing-activities sheet: the map's Art. 30 record, one row per declared purpose (ordinal by purpose
    /// name), then one for items that declare none.
    /// </summary>
    public static string ActivitiesCsv(DataMap map)
    {
        var rows = new List<IReadOnlyList<string>> { ActivityColumns };
        var transfers = map.Root.Objects("transfers").Where(t => t.Flag("transferTool"))
            .Select(t => t.Text("region") + " (" + Humanize(t.Text("mechanism")) + ")").Distinct(StringComparer.Ordinal).ToList();

        // Processing activities declared as such ([assembly: PiiActivity]) are the Art. 30 rows, as written; only a map
        // without them falls back to one row per purpose.
        var declared = map.Root.Element("record") is { } record ? new JsonObject(record).Objects("activities") : new List<JsonObject>();
        if (declared.Count > 0)
        {
            var dataUses = Activities(map).Where(a => a.Purpose is not null && a.DataUse is not null)
                .GroupBy(a => a.Purpose!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().DataUse!, StringComparer.Ordinal);
            foreach (var activity in declared)
            {
                var named = activity.List("items");
                var items = map.Items.Where(i => named.Contains(i.Text("item")) || named.Contains(i.Text("group")) || named.Contains(i.Text("categoryLabel"))).ToList();
                rows.Add(new[]
                {
                    activity.Text("name"),
                    Joined(activity.List("purposes").Select(p => dataUses.TryGetValue(p, out var use) ? use : string.Empty).Where(u => u.Length > 0)),
                    activity.List("dataSubjects").Count == 0 ? NotStated : Joined(activity.List("dataSubjects")),
                    items.Count == 0 ? Joined(named) : Joined(items.Select(Category)),
                    Joined(named),
                    activity.List("legalBasis").Count == 0 ? NotStated : Joined(activity.List("legalBasis").Select(Humanize)),
                    activity.List("recipients").Count == 0 ? "None declared" : Joined(activity.List("recipients")),
                    activity.List("transfers").Count > 0 ? Joined(activity.List("transfers")) : transfers.Count == 0 ? "None declared" : string.Join("; ", transfers),
                    activity.Text("retention") is { Length: > 0 } retention ? retention : NotStated,
                });
            }

            return Csv(rows);
        }

        foreach (var (purpose, dataUse, items) in Activities(map))
        {
            rows.Add(new[]
            {
                purpose is null ? "Purpose " + NotStated : Humanize(purpose),
                dataUse ?? string.Empty,
                Joined(items.Select(i => i.Text("dataSubject") is { Length: > 0 } s ? s : NotStated)),
                Joined(items.Select(Category)),
                Joined(items.Select(i => i.Text("item"))),
                Joined(items.SelectMany(i => i.List("legalBasis").DefaultIfEmpty(string.Empty)).Select(b => b.Length == 0 ? NotStated : Humanize(b))),
                Joined(items.SelectMany(i => i.List("disclosedTo"))) is { Length: > 0 } recipients ? recipients : "None declared",
                transfers.Count == 0 ? "None declared" : string.Join("; ", transfers),
                Joined(items.Select(i => i.Text("item") + ": " + (i.Text("retention") is { Length: > 0 } r ? r + (i.Text("retentionFrom") is { Length: > 0 } from ? " after " + from : string.Empty) : NotStated))),
            });
        }

        return Csv(rows);
    }

    /// <summary>
    /// A fideslang manifest: the dataset (one collection per declaring type, one field per item, its data category),
    /// the system (one privacy declaration per purpose: data use, data categories, data subjects), and the data subjects
    /// that are not in fideslang's default taxonomy. Strings are double-quoted YAML with escapes, so no declared text
    /// can change the document's structure.
    /// </summary>
    public static string FidesYaml(DataMap map)
    {
        var assembly = map.Root.Text("assembly");
        var key = FidesKey(assembly);
        var y = new StringBuilder();
        y.Append("# Generated by PiiGuard from the [Pii] declarations of ").Append(Comment(assembly)).Append(". Do not edit: change the attributes and rebuild.\n");
        y.Append("# fideslang resources: the dataset (where the personal data is) and the system (what it is used for).\n");
        y.Append("dataset:\n");
        y.Append("  - fides_key: ").Append(Yaml(key)).Append('\n');
        y.Append("    name: ").Append(Yaml(assembly)).Append('\n');
        y.Append("    description: ").Append(Yaml("Personal data declared in " + assembly + " and the assemblies it references")).Append('\n');
        y.Append("    collections:");
        var collections = map.Items.GroupBy(i => i.Text("type"), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        y.Append(collections.Count == 0 ? " []\n" : "\n");
        foreach (var collection in collections)
        {
            y.Append("      - name: ").Append(Yaml(collection.Key)).Append('\n');
            y.Append("        fields:\n");
            foreach (var item in collection.OrderBy(i => i.Text("member"), StringComparer.Ordinal))
            {
                y.Append("          - name: ").Append(Yaml(item.Text("member"))).Append('\n');
                if (item.Text("description") is { Length: > 0 } description)
                {
                    y.Append("            description: ").Append(Yaml(description)).Append('\n');
                }

                y.Append("            data_categories: ").Append(YamlList(new[] { item.Text("dataCategory") }.Where(c => c.Length > 0))).Append('\n');
            }
        }

        var subjects = new SortedDictionary<string, string>(StringComparer.Ordinal);
        y.Append("system:\n");
        y.Append("  - fides_key: ").Append(Yaml(key)).Append('\n');
        y.Append("    name: ").Append(Yaml(assembly)).Append('\n');
        y.Append("    description: ").Append(Yaml("Processing declared with PiiGuard in " + assembly)).Append('\n');
        y.Append("    system_type: \"Service\"\n");
        y.Append("    privacy_declarations:");
        var declarations = Activities(map).Where(a => a.DataUse is not null).ToList();
        y.Append(declarations.Count == 0 ? " []\n" : "\n");
        foreach (var (purpose, dataUse, items) in declarations)
        {
            var subjectKeys = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var subject in items.Select(i => i.Text("dataSubject")).Where(s => s.Length > 0))
            {
                var subjectKey = FidesKey(subject);
                subjectKeys.Add(subjectKey);
                if (!FidesSubjects.Contains(subjectKey) && !subjects.ContainsKey(subjectKey))
                {
                    subjects[subjectKey] = subject;
                }
            }

            y.Append("      - name: ").Append(Yaml(Humanize(purpose!))).Append('\n');
            y.Append("        data_use: ").Append(Yaml(dataUse!)).Append('\n');
            y.Append("        data_categories: ").Append(YamlList(items.Select(i => i.Text("dataCategory")).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal))).Append('\n');
            y.Append("        data_subjects: ").Append(YamlList(subjectKeys)).Append('\n');
            y.Append("        dataset_references: ").Append(YamlList(new[] { key })).Append('\n');
        }

        if (subjects.Count > 0)
        {
            y.Append("data_subject:\n");
            foreach (var pair in subjects)
            {
                y.Append("  - fides_key: ").Append(Yaml(pair.Key)).Append('\n');
                y.Append("    name: ").Append(Yaml(pair.Value)).Append('\n');
            }
        }

        return y.ToString();
    }

    /// <summary>Items without a purpose, a retention period or a legal basis: the map's gaps (or its own list, when it has one).</summary>
    public static int Gaps(DataMap map) => map.Root.Element("gaps") is { } gaps
        ? gaps.Elements("item").Count()
        : map.Items.Count(i => i.List("purposes").Count == 0 || i.Text("retention").Length == 0 || i.List("legalBasis").Count == 0);

    /// <summary>
    /// An RFC 4180 sheet: CRLF line ends, every cell quoted, a leading formula character neutralised, and a byte-order
    /// mark first, which spreadsheet programs need to read UTF-8 (accents, non-Latin names) correctly.
    /// </summary>
    public static string Csv(IEnumerable<IReadOnlyList<string>> rows)
    {
        var b = new StringBuilder("\ufeff");
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0)
                {
                    b.Append(',');
                }

                var cell = row[i];

                // A spreadsheet runs a cell starting with =, +, -, @ (or a tab/CR before them) as a formula: declared
                // text must never execute in a privacy team's sheet (OWASP "CSV injection"), so it gets a leading '.
                if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
                {
                    cell = "'" + cell;
                }

                b.Append('"').Append(cell.Replace("\"", "\"\"")).Append('"');
            }

            b.Append("\r\n");
        }

        return b.ToString();
    }

    /// <summary>A YAML double-quoted scalar: quotes, backslashes and every line break or control character escaped.</summary>
    public static string Yaml(string text)
    {
        var b = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    b.Append("\\\"");
                    break;
                case '\\':
                    b.Append("\\\\");
                    break;
                case '\n':
                    b.Append("\\n");
                    break;
                case '\r':
                    b.Append("\\r");
                    break;
                case '\t':
                    b.Append("\\t");
                    break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\ufeff')
                    {
                        b.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        b.Append(c);
                    }

                    break;
            }
        }

        return b.Append('"').ToString();
    }

    /// <summary><c>ServiceDelivery</c> → <c>Service delivery</c> (as the map labels purposes).</summary>
    public static string Humanize(string name)
    {
        var b = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1]))
            {
                b.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                b.Append(c);
            }
        }

        return b.ToString();
    }

    /// <summary>A fides key: letters, digits, <c>_</c>, <c>-</c> and <c>.</c>; anything else becomes <c>_</c>, lower case.</summary>
    public static string FidesKey(string text)
    {
        var b = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            b.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_' or '-' or '.' ? c : '_');
        }

        return b.Length == 0 ? "unnamed" : b.ToString();
    }

    // One Art. 30 row per declared purpose (with its fides data use), then the items that declare none.
    private static IEnumerable<(string? Purpose, string? DataUse, List<JsonObject> Items)> Activities(DataMap map)
    {
        var purposes = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var item in map.Items)
        {
            var names = item.List("purposes");
            var uses = item.List("dataUses");
            for (var i = 0; i < names.Count; i++)
            {
                if (!purposes.ContainsKey(names[i]))
                {
                    purposes[names[i]] = i < uses.Count ? uses[i] : null;
                }
            }
        }

        foreach (var pair in purposes)
        {
            yield return (pair.Key, pair.Value, map.Items.Where(i => i.List("purposes").Contains(pair.Key)).ToList());
        }

        var undeclared = map.Items.Where(i => i.List("purposes").Count == 0).ToList();
        if (undeclared.Count > 0)
        {
            yield return (null, null, undeclared);
        }
    }

    private static string Category(JsonObject item) =>
        item.Text("group") is { Length: > 0 } group ? group : item.Text("categoryLabel") is { Length: > 0 } label ? label : item.Text("category");

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string Joined(IEnumerable<string> values) =>
        string.Join("; ", values.Distinct(StringComparer.Ordinal).OrderBy(v => v, StringComparer.Ordinal));

    private static string YamlList(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Yaml)) + "]";

    // A comment line ends at any line break YAML knows; the comment is for people, the data is in the quoted scalars.
    private static string Comment(string text)
    {
        var b = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            b.Append(char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }

        return b.ToString();
    }

    /// <summary>The JSON data map, read as the XML view <see cref="JsonReaderWriterFactory"/> gives of it.</summary>
    internal sealed class DataMap
    {
        public DataMap(XElement root)
        {
            Root = new JsonObject(root);
            Items = Root.Objects("items");
        }

        public JsonObject Root { get; }

        public IReadOnlyList<JsonObject> Items { get; }

        public int Flows => Root.Element("flows")?.Elements("item").Count() ?? 0;

        public bool FlowsComputed => Root.Flag("flowsComputed");
    }

    /// <summary>One JSON object: missing members and <c>null</c> read as empty.</summary>
    internal sealed class JsonObject
    {
        private readonly XElement element;

        public JsonObject(XElement element)
        {
            this.element = element;
        }

        public XElement? Element(string name) => element.Element(name);

        public string Text(string name) => element.Element(name) is { } e && (string?)e.Attribute("type") != "null" ? e.Value : string.Empty;

        public bool Flag(string name) => Text(name) == "true";

        public IReadOnlyList<string> List(string name) => element.Element(name)?.Elements("item").Select(e => e.Value).ToList() ?? new List<string>();

        public IReadOnlyList<JsonObject> Objects(string name) => element.Element(name)?.Elements("item").Select(e => new JsonObject(e)).ToList() ?? new List<JsonObject>();
    }
}
