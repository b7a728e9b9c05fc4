using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using PiiGuard.Analyzers.Diagnostics;
using PiiGuard.Analyzers.Model;

namespace PiiGuard.Analyzers.Inventory;

/// <summary>
/// Writes the inventory: the generated C# API, the Markdown data map and the JSON document. Pure functions of the
/// <see cref="InventorySpec"/>; ordinal ordering and invariant culture make the output byte-identical for the same code.
/// </summary>
internal static class InventoryEmitter
{
    /// <summary>The generated API lives in <c>PiiGuard.Generated.&lt;assembly name&gt;</c>; see <see cref="NamespaceFor"/>.</summary>
    public const string NamespacePrefix = "PiiGuard.Generated";
    public const string ApiTypeName = "DataInventory";
    public const int JsonSchemaVersion = 1;

    // ------------------------------------------------------------------ C#

    /// <summary>
    /// The namespace of an assembly's <c>DataInventory</c>: <c>PiiGuard.Generated.</c> plus the assembly name (each
    /// dotted part made an identifier). Per assembly, so two PiiGuard projects where one sees the other's internals
    /// (<c>InternalsVisibleTo</c>) or public inventory never define the same type twice (CS0436).
    /// </summary>
    public static string NamespaceFor(string assemblyName)
    {
        var parts = assemblyName.Split('.').Select(part =>
        {
            var identifier = new StringBuilder(part.Length + 1);
            foreach (var c in part)
            {
                identifier.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
            }

            if (identifier.Length == 0 || char.IsDigit(identifier[0]))
            {
                identifier.Insert(0, '_');
            }

            var text = identifier.ToString();
            return Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(text) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + text : text;
        });
        return NamespacePrefix + "." + string.Join(".", parts);
    }

    /// <summary>
    /// The generated API. Valid C# 7.3 (a netstandard2.0 model library compiles it): no <c>#nullable</c>, no nullable
    /// annotations — an <c>&lt;auto-generated/&gt;</c> file is nullable-oblivious in every consumer anyway.
    /// </summary>
    // The items are compiled as one string constant, decoded on first use: a table of the distinct texts, then each item's
    // fields as numbers (an index into the table, -1 for none; enums, flags, counts). Thousands of items as constructor
    // calls made the compiler bind, lower and emit a static initializer of tens of thousands of expressions (the synthetic
    // 100k-line corpus, 3,500 items: 240 MB allocated and 26 MB more still live in a build); one literal costs it nothing.
    // Each number ends with ';', each text is its length, ';' and its characters, so any text round-trips.
    private static void AppendItems(StringBuilder b, EquatableArray<ItemSpec> items)
    {
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = new StringBuilder();
        var fields = new StringBuilder();
        void Number(long value) => fields.Append(value.ToString(CultureInfo.InvariantCulture)).Append(';');
        void Text(string? value)
        {
            if (value is null)
            {
                Number(-1);
                return;
            }

            if (!indexes.TryGetValue(value, out var index))
            {
                index = indexes.Count;
                indexes.Add(value, index);
                texts.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(';').Append(value);
            }

            Number(index);
        }

        Number(items.Length);
        foreach (var item in items)
        {
            Text(item.Assembly);
            Text(item.Type);
            Text(item.Member);
            Text(item.Item);
            Number(Math.Max(0, item.Category));
            Text(item.TaxonomyKey);
            Number(item.Purpose);
            Text(item.Description);
            Text(item.Retention);
            Text(item.RetentionFrom);
            Number(item.LegalBasis);
            Number(item.Sold ? 1 : 0);
            Number(item.Shared ? 1 : 0);
            Number(item.DisclosedTo.Length);
            foreach (var recipient in item.DisclosedTo)
            {
                Text(recipient);
            }

            Text(item.DataSubject);
            Text(item.Group);
            Text(item.StoredIn);
            Number(item.Access.Length);
            foreach (var grant in item.Access)
            {
                Text(grant.Role);
                Number(grant.Operations);
            }
        }

        const string DataItem = "global::PiiGuard.Inventory.DataItem";
        b.Append("        private static ").Append(DataItem).Append("[] items;\n\n");
        b.Append("        /// <summary>Every item of personal data, ordered by assembly, type and member.</summary>\n");
        b.Append("        public static global::System.Collections.Generic.IReadOnlyList<").Append(DataItem).Append("> Items\n        {\n");
        b.Append("            get { return global::System.Threading.LazyInitializer.EnsureInitialized(ref items, DecodeItems); }\n        }\n\n");
        b.Append("        // The items, decoded on first use: the number of distinct texts and each as its length, ';' and its characters;\n");
        b.Append("        // then the number of items and each item's fields, each number ending with ';' (a text is its index, -1 for none).\n");
        b.Append("        private const string ItemData = ").Append(TextFormat.CSharp(indexes.Count.ToString(CultureInfo.InvariantCulture) + ";" + texts + fields)).Append(";\n\n");
        b.Append("        private static ").Append(DataItem).Append("[] DecodeItems()\n        {\n");
        b.Append("            var position = 0;\n");
        b.Append("            var texts = new string[Number(ref position)];\n");
        b.Append("            for (var i = 0; i < texts.Length; i++)\n            {\n");
        b.Append("                var length = Number(ref position);\n");
        b.Append("                texts[i] = ItemData.Substring(position, length);\n");
        b.Append("                position += length;\n            }\n\n");
        b.Append("            var result = new ").Append(DataItem).Append("[Number(ref position)];\n");
        b.Append("            for (var i = 0; i < result.Length; i++)\n            {\n");
        b.Append("                result[i] = new ").Append(DataItem).Append("(\n");
        b.Append("                    Text(texts, ref position), Text(texts, ref position), Text(texts, ref position), Text(texts, ref position),\n");
        b.Append("                    (global::PiiGuard.Category)Number(ref position), Text(texts, ref position), (global::PiiGuard.Purpose)Number(ref position),\n");
        b.Append("                    Text(texts, ref position), Text(texts, ref position), Text(texts, ref position), (global::PiiGuard.LegalBasis)Number(ref position),\n");
        b.Append("                    Number(ref position) != 0, Number(ref position) != 0, Texts(texts, ref position),\n");
        b.Append("                    Text(texts, ref position), Text(texts, ref position), Text(texts, ref position), Grants(texts, ref position));\n");
        b.Append("            }\n\n            return result;\n        }\n\n");
        b.Append("        private static int Number(ref int position)\n        {\n");
        b.Append("            var negative = ItemData[position] == '-';\n");
        b.Append("            if (negative)\n            {\n                position++;\n            }\n\n");
        b.Append("            var value = 0;\n");
        b.Append("            while (ItemData[position] != ';')\n            {\n                value = (value * 10) + (ItemData[position++] - '0');\n            }\n\n");
        b.Append("            position++;\n            return negative ? -value : value;\n        }\n\n");
        b.Append("        private static string Text(string[] texts, ref int position)\n        {\n");
        b.Append("            var index = Number(ref position);\n            return index < 0 ? null : texts[index];\n        }\n\n");
        b.Append("        private static string[] Texts(string[] texts, ref int position)\n        {\n");
        b.Append("            var result = new string[Number(ref position)];\n");
        b.Append("            for (var i = 0; i < result.Length; i++)\n            {\n                result[i] = Text(texts, ref position);\n            }\n\n");
        b.Append("            return result;\n        }\n\n");
        b.Append("        private static global::PiiGuard.Inventory.AccessGrant[] Grants(string[] texts, ref int position)\n        {\n");
        b.Append("            var result = new global::PiiGuard.Inventory.AccessGrant[Number(ref position)];\n");
        b.Append("            for (var i = 0; i < result.Length; i++)\n            {\n");
        b.Append("                result[i] = new global::PiiGuard.Inventory.AccessGrant(Text(texts, ref position), (global::PiiGuard.PiiOperation)Number(ref position));\n");
        b.Append("            }\n\n            return result;\n        }\n\n");
    }

    public static string CSharpApi(InventorySpec spec)
    {
        var visibility = spec.PublicApi ? "public" : "internal";
        var b = new StringBuilder();
        b.Append("// <auto-generated/>\n");
        b.Append("// Generated by PiiGuard from the [Pii] declarations of ").Append(Comment(spec.Assembly.Assembly)).Append(" and the assemblies it references.\n\n");
        b.Append("namespace ").Append(NamespaceFor(spec.Assembly.Assembly)).Append("\n{\n");
        b.Append("    /// <summary>The personal data this assembly processes, as declared with PiiGuard's attributes.</summary>\n");
        b.Append("    [global::System.CodeDom.Compiler.GeneratedCode(\"PiiGuard\", \"").Append(typeof(InventoryEmitter).Assembly.GetName().Version?.ToString() ?? "0").Append("\")]\n");
        b.Append("    ").Append(visibility).Append(" static class ").Append(ApiTypeName).Append("\n    {\n");
        b.Append("        /// <summary>The assembly the inventory was generated for.</summary>\n");
        b.Append("        public const string AssemblyName = ").Append(TextFormat.CSharp(spec.Assembly.Assembly)).Append(";\n\n");
        b.Append("        /// <summary>The home region, or <see langword=\"null\"/> when none is declared.</summary>\n");
        b.Append("        public const string HomeRegion = ").Append(TextFormat.CSharp(spec.Assembly.HomeRegion)).Append(";\n\n");

        AppendItems(b, spec.Items);
        b.Append("        /// <summary>Declared storage locations.</summary>\n");
        b.Append("        public static global::System.Collections.Generic.IReadOnlyList<global::PiiGuard.Inventory.StorageLocation> Storage { get; } = new global::PiiGuard.Inventory.StorageLocation[]\n        {\n");
        foreach (var s in spec.Assembly.Storage)
        {
            b.Append("            new global::PiiGuard.Inventory.StorageLocation(").Append(TextFormat.CSharp(s.Location)).Append(", ").Append(TextFormat.CSharp(s.Region)).Append("),\n");
        }

        b.Append("        };\n\n");
        b.Append("        /// <summary>Declared destinations (outbound channels and host mappings).</summary>\n");
        b.Append("        public static global::System.Collections.Generic.IReadOnlyList<global::PiiGuard.Inventory.DestinationInfo> Destinations { get; } = new global::PiiGuard.Inventory.DestinationInfo[]\n        {\n");
        foreach (var d in spec.Assembly.Destinations)
        {
            b.Append("            new global::PiiGuard.Inventory.DestinationInfo(").Append(TextFormat.CSharp(d.Region)).Append(", ").Append(TextFormat.CSharp(d.DeclaredOn)).Append(", ")
                .Append(TextFormat.CSharp(d.Host)).Append(", ").Append(TextFormat.CSharp(d.Recipient)).Append(", ").Append(TextFormat.CSharp(d.RecipientKind)).Append("),\n");
        }

        b.Append("        };\n\n");
        b.Append("        /// <summary>Declared transfer routes out of the home region.</summary>\n");
        b.Append("        public static global::System.Collections.Generic.IReadOnlyList<global::PiiGuard.Inventory.TransferRoute> Transfers { get; } = new global::PiiGuard.Inventory.TransferRoute[]\n        {\n");
        foreach (var t in spec.Assembly.Transfers)
        {
            b.Append("            new global::PiiGuard.Inventory.TransferRoute(").Append(TextFormat.CSharp(t.Region)).Append(", (global::PiiGuard.TransferMechanism)")
                .Append(t.Mechanism.ToString(CultureInfo.InvariantCulture)).Append(", ").Append(TextFormat.CSharp(t.Description)).Append("),\n");
        }

        b.Append("        };\n\n");
        b.Append("        /// <summary>Where items go in code (empty unless computed by a full build).</summary>\n");
        b.Append("        public static global::System.Collections.Generic.IReadOnlyList<global::PiiGuard.Inventory.DataFlow> Flows { get; } = new global::PiiGuard.Inventory.DataFlow[]\n        {\n");
        foreach (var f in spec.Flows)
        {
            b.Append("            new global::PiiGuard.Inventory.DataFlow(").Append(TextFormat.CSharp(f.Item)).Append(", ").Append(TextFormat.CSharp(f.Kind)).Append(", ")
                .Append(TextFormat.CSharp(f.Sink)).Append(", ").Append(TextFormat.CSharp(f.Region)).Append(", ").Append(TextFormat.CSharp(f.Location)).Append("),\n");
        }

        b.Append("        };\n    }\n}\n");
        return b.ToString();
    }

    /// <summary>The Markdown and JSON documents as constants, read back from the built assembly by the MSBuild task.</summary>
    private static string Comment(string text) => text.Replace("\n", " ").Replace("\r", " ");

    // ------------------------------------------------------------------ Markdown

    public static string Markdown(InventorySpec spec)
    {
        var a = spec.Assembly;
        var record = a.Record ?? RecordSpec.Empty;
        var items = spec.Items.Items;
        var gdpr = GdprApplies(spec);
        var b = new StringBuilder();
        b.Append("<!-- Generated by PiiGuard from the [Pii] declarations of ").Append(TextFormat.Cell(a.Assembly)).Append(". Do not edit: change the attributes and rebuild. -->\n\n");
        b.Append("# Data map: ").Append(TextFormat.Cell(a.Assembly)).Append("\n\n");
        b.Append(items.Length.ToString(CultureInfo.InvariantCulture)).Append(" items of personal data in ")
            .Append(items.Select(GroupOf).Distinct().Count().ToString(CultureInfo.InvariantCulture)).Append(" data categories. ")
            .Append("Home region: ").Append(a.HomeRegion is { } home ? "**" + home + "**" : NotStated).Append(". ")
            .Append("Version: ").Append(record.Version is { } version ? "**" + TextFormat.Cell(version) + "**" : NotStated).Append(" (the assembly's version, set by the build).\n\n");

        // GDPR Art. 30(1)(a)
        b.Append("## Controller and contacts\n\n| Role | Name | Address | E-mail | Phone | Web |\n|---|---|---|---|---|---|\n");
        foreach (var role in ContactRoles)
        {
            var declared = record.Contacts.Where(c => c.Role == role.Value).ToList();
            if (declared.Count == 0 && role.Required)
            {
                b.Append("| ").Append(role.Label).Append(" | ").Append(NotStated).Append(" |  |  |  |  |\n");
            }

            foreach (var c in declared)
            {
                b.Append("| ").Append(role.Label).Append(" | ").Append(TextFormat.Cell(c.Name))
                    .Append(" | ").Append(TextFormat.Cell(c.Address)).Append(" | ").Append(TextFormat.Cell(c.Email))
                    .Append(" | ").Append(TextFormat.Cell(c.Phone)).Append(" | ").Append(TextFormat.Cell(c.Url)).Append(" |\n");
            }
        }

        // GDPR Art. 30(1)(b)-(f): one row per declared activity; without any, one row per purpose, derived from the items.
        b.Append("\n## Record of processing activities (GDPR Art. 30)\n\n");
        if (record.Activities.Length > 0)
        {
            b.Append("| Processing activity | Purposes | Data subjects | Categories of personal data | Recipients | Transfers to third countries and safeguards | Time limits for erasure | Legal basis |\n|---|---|---|---|---|---|---|---|\n");
            foreach (var activity in record.Activities)
            {
                var purposes = activity.Description ?? (activity.Purpose == 0 ? null : TextFormat.Purposes(activity.Purpose));
                b.Append("| ").Append(TextFormat.Cell(activity.Name))
                    .Append(" | ").Append(Stated(purposes))
                    .Append(" | ").Append(Stated(activity.DataSubjects.Items))
                    .Append(" | ").Append(Stated(activity.Items.Items))
                    .Append(" | ").Append(Stated(activity.Recipients.Concat(ReachedRecipients(spec, Matching(items, activity.Items), activity.Purpose, activity.Recipients.Items))))
                    .Append(" | ").Append(Stated(activity.Transfers.Concat(TransfersWithoutRoute(spec, Matching(items, activity.Items)))))
                    .Append(" | ").Append(Stated(activity.Retention ?? ErasureOf(Matching(items, activity.Items))))
                    .Append(" | ").Append(activity.LegalBasis == 0 ? NotStated : TextFormat.Cell(TextFormat.LegalBases(activity.LegalBasis))).Append(" |\n");
            }
        }
        else
        {
            b.Append("No processing activities declared (`[assembly: PiiActivity]`): one row per purpose, from the items.\n\n");
            b.Append("| Purpose | Data subjects | Categories of personal data | Recipients | Transfers to third countries and safeguards | Time limits for erasure |\n|---|---|---|---|---|---|\n");
            var purposeBits = items.Aggregate(0, (acc, i) => acc | i.Purpose);
            foreach (var purpose in TextFormat.Flags<Purpose>(purposeBits))
            {
                var bit = (int)(Purpose)Enum.Parse(typeof(Purpose), purpose);
                AppendPurposeRow(b, TextFormat.Humanize(purpose), items.Where(i => (i.Purpose & bit) != 0).ToList(), spec, bit);
            }

            var undeclared = items.Where(i => i.Purpose == 0).ToList();
            if (undeclared.Count > 0)
            {
                AppendPurposeRow(b, NotStated, undeclared, spec, 0);
            }
        }

        // GDPR Art. 30(1)(g), Art. 32
        b.Append("\n## Security measures\n\n");
        b.Append(record.SecurityMeasures.Length == 0 ? NotStated + " (declare them with `[assembly: PiiSecurityMeasure]`).\n" : string.Concat(record.SecurityMeasures.Select(m => "- " + TextFormat.Cell(m) + "\n")));

        // GDPR Art. 14(2)(f); CCPA categories of sources
        b.Append("\n## Sources\n\n");
        if (record.Sources.Length == 0)
        {
            b.Append(NotStated).Append(" (declare them with `[assembly: PiiSource]`).\n");
        }
        else
        {
            b.Append("| Source | What it provides | Items | Personal data |\n|---|---|---|---|\n");
            foreach (var source in record.Sources)
            {
                b.Append("| ").Append(TextFormat.Cell(source.Source)).Append(" | ").Append(TextFormat.Cell(source.Description))
                    .Append(" | ").Append(TextFormat.Cell(string.Join(", ", source.Items))).Append(" | ").Append(source.PersonalData ? "yes" : "no").Append(" |\n");
            }
        }

        // SolaX shape: Data category | Description | Purpose
        b.Append("\n## Data categories\n\n| Data category | Description | Purpose |\n|---|---|---|\n");
        foreach (var group in items.GroupBy(GroupOf).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // The purposes as the activities that name this category word them; else the items' declared purposes.
            // (only for a declared Group: an item name shared by many activities would pile up their purposes).
            var worded = group.Any(i => i.Group == group.Key)
                ? record.Activities.Where(x => x.Description is not null && x.Items.Contains(group.Key, StringComparer.Ordinal)).Select(x => x.Description!).ToList()
                : new List<string>();
            var purposes = group.Aggregate(0, (acc, i) => acc | i.Purpose);
            b.Append("| ").Append(TextFormat.Cell(group.Key))
                .Append(" | ").Append(TextFormat.Cell(string.Join(", ", group.Select(i => i.Item).Distinct(StringComparer.Ordinal))))
                .Append(" | ").Append(worded.Count > 0 ? TextFormat.Cell(string.Join(" ", worded)) : purposes == 0 ? NotStated : TextFormat.Cell(TextFormat.Purposes(purposes))).Append(" |\n");
        }

        // Dream Pairs shape: Item | Purpose | Sold / shared | Disclosed to | Retention, then the record's columns.
        var ccpa = CcpaApplies(spec);
        b.Append("\n## Items\n\n| Item | Data category | Description | Purpose | Sold / shared | Disclosed to | Retention | Legal basis | Data type |")
            .Append(ccpa ? " CCPA category |" : string.Empty).Append(" Stored in | Declared in |\n|---|---|---|---|---|---|---|---|---|").Append(ccpa ? "---|" : string.Empty).Append("---|---|\n");
        foreach (var item in items)
        {
            b.Append("| ").Append(TextFormat.Cell(item.Item))
                .Append(" | ").Append(TextFormat.Cell(GroupOf(item)))
                .Append(" | ").Append(TextFormat.Cell(item.Description))
                .Append(" | ").Append(item.Purpose == 0 ? NotStated : TextFormat.Cell(TextFormat.Purposes(item.Purpose)))
                .Append(" | ").Append(SoldShared(item))
                .Append(" | ").Append(DisclosedTo(spec, item))
                .Append(" | ").Append(Retention(item))
                .Append(" | ").Append(item.LegalBasis != 0 ? TextFormat.Cell(TextFormat.LegalBases(item.LegalBasis)) : NotStated)
                .Append(" | ").Append(Stated(item.DataSubject))
                .Append(ccpa ? " | " + CcpaLabel(CcpaOf(item)) : string.Empty)
                .Append(" | ").Append(TextFormat.Cell(item.StoredIn ?? DefaultStorage(a)))
                .Append(" | ").Append(TextFormat.Cell(item.TypeName + "." + item.Member)).Append(item.Assembly == a.Assembly ? string.Empty : " (" + TextFormat.Cell(item.Assembly) + ")")
                .Append(" |\n");
        }

        // SolaX shape: Data type | Item | Access | Edit | Delete
        var withAccess = items.Where(i => i.Access.Length > 0).ToList();
        b.Append("\n## Data authority\n\n");
        if (withAccess.Count == 0)
        {
            b.Append("No `[PiiAccess]` declarations.\n");
        }
        else
        {
            b.Append("| Data type | Item | Access | Edit | Delete |\n|---|---|---|---|---|\n");
            foreach (var item in withAccess.OrderBy(i => i.DataSubject ?? "\uffff", StringComparer.Ordinal).ThenBy(i => i.Item, StringComparer.Ordinal).ThenBy(i => i.Type, StringComparer.Ordinal))
            {
                b.Append("| ").Append(Stated(item.DataSubject)).Append(" | ").Append(TextFormat.Cell(item.Item))
                    .Append(" | ").Append(Roles(item, PiiOperation.Access))
                    .Append(" | ").Append(Roles(item, PiiOperation.Edit))
                    .Append(" | ").Append(Roles(item, PiiOperation.Delete)).Append(" |\n");
            }
        }

        // Rights, per law; children
        b.Append("\n## Data subjects' rights\n\n");
        if (record.Rights.Length == 0)
        {
            b.Append(NotStated).Append(" (declare them with `[assembly: PiiRights]`).\n");
        }

        foreach (var rights in record.Rights)
        {
            b.Append("| ").Append(TextFormat.Cell(rights.Law)).Append(" | |\n|---|---|\n");
            Fact(b, "Applies to", rights.AppliesTo);
            Fact(b, "Rights", rights.Rights.Length == 0 ? null : string.Join("; ", rights.Rights));
            Fact(b, "How to exercise them", rights.HowToExercise);
            Fact(b, "Verification", rights.Verification);
            Fact(b, "Response time", rights.ResponseTime);
            // Request limits and opt-out of sale are CCPA notions: a GDPR table lists them only when a notice states them.
            var ccpaLaw = IsCcpa(rights.Law);
            if (ccpaLaw || rights.RequestLimit is not null)
            {
                Fact(b, "Request limit", rights.RequestLimit);
            }

            if (ccpaLaw || rights.OptOutValidity is not null)
            {
                Fact(b, "Opt-out of sale valid for", rights.OptOutValidity);
            }

            Fact(b, "Complaints", rights.Complaints);
            b.Append('\n');
        }

        b.Append(record.Rights.Length == 0 ? "\n" : string.Empty).Append("Children: ").Append(record.Children is { } children ? TextFormat.Cell(children) : NotStated)
            .Append(record.ChildrenMinimumAge > 0 ? " (minimum age " + record.ChildrenMinimumAge.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty).Append(".\n");

        // CCPA: statutory categories, sale and sharing, categories of sources and third parties
        if (ccpa)
        {
            b.Append("\n## CCPA disclosures\n\n| Statutory category | Items | Sold to | Shared with | Disclosed for a business purpose to |\n|---|---|---|---|---|\n");
            foreach (var category in items.GroupBy(CcpaOf).OrderBy(g => g.Key))
            {
                b.Append("| ").Append(CcpaLabel(category.Key))
                    .Append(" | ").Append(TextFormat.Cell(string.Join(", ", category.Select(i => i.Item).Distinct(StringComparer.Ordinal))))
                    .Append(" | ").Append(Parties(category, i => i.Sold, i => i.SoldTo, "Not sold"))
                    .Append(" | ").Append(Parties(category, i => i.Shared, i => i.SharedWith, "Not shared"))
                    .Append(" | ").Append(Stated(category.SelectMany(i => i.DisclosedTo).Distinct(StringComparer.Ordinal).OrderBy(r => r, StringComparer.Ordinal).ToList()))
                    .Append(" |\n");
            }

            var thirdParties = items.SelectMany(i => i.DisclosedTo.Concat(i.SoldTo).Concat(i.SharedWith)).Distinct(StringComparer.Ordinal).OrderBy(r => r, StringComparer.Ordinal).ToList();
            b.Append("\nPersonal information sold: ").Append(items.Any(i => i.Sold) ? "yes" : "no").Append(". Shared for cross-context behavioural advertising: ")
                .Append(items.Any(i => i.Shared) ? "yes" : "no").Append(".\n\n");
            b.Append("Categories of third parties: ").Append(Stated(thirdParties)).Append(".\n\n");
            b.Append("Categories of sources: ").Append(Stated(record.Sources.Where(s => s.PersonalData).Select(s => s.Source).ToList())).Append(".\n");
        }

        AppendStorageAndTransfers(b, spec);

        // Flows: one row per item, sink, destination and member; covered or the rules it breaks.
        b.Append("## Flows\n\n");
        if (!spec.FlowsComputed)
        {
            b.Append("Flows are not listed: `PiiGuardInventoryFlows` is `false`.\n");
        }
        else if (spec.Flows.Length == 0)
        {
            b.Append("No declared item reaches a log, serializer or destination.\n");
        }
        else
        {
            b.Append("| Item | Goes to | Sink | Destination | Covered | Where |\n|---|---|---|---|---|---|\n");
            foreach (var f in spec.Flows)
            {
                b.Append("| ").Append(TextFormat.Cell(f.Item)).Append(" | ").Append(f.Kind).Append(" | ").Append(TextFormat.Cell(f.Sink))
                    .Append(" | ").Append(TextFormat.Cell(DestinationText(f)))
                    .Append(" | ").Append(f.Covered ? "yes" : "**no** (" + string.Join(", ", f.Findings) + ")")
                    .Append(" | ").Append(TextFormat.Cell(f.Location)).Append(" |\n");
            }
        }

        AppendDiagram(b, spec);
        AppendFindings(b, spec);
        AppendGaps(b, spec, gdpr);
        return b.ToString();
    }

    private const string NotStated = "**not stated**";

    private static readonly (int Value, string Label, bool Required)[] ContactRoles =
    {
        (0, "Controller", true),
        (1, "Joint controller", false),
        (2, "Representative in the Union", true),
        (3, "Data protection officer", true),
        (4, "Privacy contact", false),
    };

    private static string Stated(string? text) => text is null || text.Trim().Length == 0 ? NotStated : TextFormat.Cell(text);

    private static string Stated(IEnumerable<string> values)
    {
        var text = string.Join(", ", values);
        return text.Length == 0 ? NotStated : TextFormat.Cell(text);
    }

    private static void Fact(StringBuilder b, string label, string? value) => b.Append("| ").Append(label).Append(" | ").Append(Stated(value)).Append(" |\n");

    /// <summary>The items an activity or source names, by item name or data category.</summary>
    private static List<ItemSpec> Matching(IEnumerable<ItemSpec> items, EquatableArray<string> names) =>
        items.Where(i => names.Contains(i.Item, StringComparer.Ordinal) || (i.Group is { } g && names.Contains(g, StringComparer.Ordinal))).ToList();

    /// <summary>The items' own retention, as declared, or null when none declares one.</summary>
    private static string? ErasureOf(List<ItemSpec> items)
    {
        var parts = items.Where(i => i.Retention is not null || i.RetentionText is not null)
            .Select(i => i.Item + ": " + RetentionText(i)).Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToList();
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static string? RetentionText(ItemSpec item)
    {
        if (item.RetentionText is { } text)
        {
            return item.Retention is null ? text : text + " (" + item.Retention + ")";
        }

        return item.Retention is null ? null : TextFormat.Duration(item.Retention) + (item.RetentionFrom is null ? string.Empty : " after " + item.RetentionFrom);
    }

    /// <summary>GDPR is in scope when the home region is in the EEA or GDPR rights are declared: only then is a missing legal basis a gap.</summary>
    private static bool GdprApplies(InventorySpec spec) =>
        spec.Assembly.HomeRegion is { } home && (Regions.Contains("EEA", home) || Regions.Contains("EU", home)) ||
        (spec.Assembly.Record?.Rights ?? EquatableArray<RightsSpec>.Empty).Any(r => r.Law.IndexOf("GDPR", StringComparison.OrdinalIgnoreCase) >= 0);

    /// <summary>The CCPA section is written for a US home region, declared CCPA rights, or any CCPA fact on an item.</summary>
    private static bool CcpaApplies(InventorySpec spec) =>
        spec.Assembly.HomeRegion is { } home && Regions.Contains("US", home) ||
        (spec.Assembly.Record?.Rights ?? EquatableArray<RightsSpec>.Empty).Any(r => IsCcpa(r.Law)) ||
        spec.Items.Any(i => i.CcpaCategory != 0 || i.Sold || i.Shared || i.SoldTo.Length > 0 || i.SharedWith.Length > 0);

    private static bool IsCcpa(string law) =>
        law.IndexOf("CCPA", StringComparison.OrdinalIgnoreCase) >= 0 || law.IndexOf("CPRA", StringComparison.OrdinalIgnoreCase) >= 0;

    private static string Parties(IEnumerable<ItemSpec> items, Func<ItemSpec, bool> flag, Func<ItemSpec, EquatableArray<string>> parties, string none)
    {
        var marked = items.Where(i => flag(i) || parties(i).Length > 0).ToList();
        if (marked.Count == 0)
        {
            return none;
        }

        var names = marked.SelectMany(i => parties(i).Items).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList();
        return names.Count == 0 ? "yes, to " + NotStated : TextFormat.Cell(string.Join(", ", names));
    }

    private static void AppendPurposeRow(StringBuilder b, string purpose, List<ItemSpec> served, InventorySpec spec, int bit)
    {
        var subjects = served.Where(i => i.DataSubject is not null).Select(i => i.DataSubject!).Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToList();
        var categories = served.Select(GroupOf).Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToList();

        // Declared recipients, except those whose declared destination is used for other purposes only; then every
        // recipient this purpose's items really reach.
        var declared = served.SelectMany(i => i.DisclosedTo)
            .Where(r => bit == 0 || !spec.Assembly.Destinations.Any(d => Names(d, r) && d.Purpose != 0) || spec.Assembly.Destinations.Any(d => Names(d, r) && (d.Purpose == 0 || (d.Purpose & bit) != 0)))
            .Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToList();
        var recipients = declared.Concat(ReachedRecipients(spec, served, bit, declared)).ToList();
        var transfers = spec.Assembly.Transfers.Where(t => t.Mechanism != (int)TransferMechanism.Anonymised)
            .Select(t => t.Region + " (" + TextFormat.Mechanism(t.Mechanism) + ")").Distinct(StringComparer.Ordinal).Concat(TransfersWithoutRoute(spec, served)).ToList();
        b.Append("| ").Append(purpose)
            .Append(" | ").Append(Stated(subjects))
            .Append(" | ").Append(Stated(categories))
            .Append(" | ").Append(Stated(recipients))
            .Append(" | ").Append(Stated(transfers))
            .Append(" | ").Append(Stated(ErasureOf(served))).Append(" |\n");
    }

    private static bool Names(DestinationSpec d, string recipient) =>
        string.Equals(d.Recipient, recipient, StringComparison.OrdinalIgnoreCase) || string.Equals(d.RecipientKind, recipient, StringComparison.OrdinalIgnoreCase);

    /// <summary>The sends of an item, as the flow engine saw them.</summary>
    private static IEnumerable<FlowSpec> SendsOf(InventorySpec spec, ItemSpec item) =>
        SendsByItem.GetValue(spec, static s => s.Flows.Where(f => f.Kind == "Send").ToLookup(f => f.Item, StringComparer.Ordinal))[item.TypeName + "." + item.Member];

    // Each item's sends, indexed once per map: the purposes table asks for them per purpose and item (items × flows
    // string comparisons per row made rendering the map the largest part of PiiGuard's cost on a dense 100k-line corpus).
    private static readonly ConditionalWeakTable<InventorySpec, ILookup<string, FlowSpec>> SendsByItem = new();

    /// <summary>
    /// Recipients the code reaches with <paramref name="served"/> for a purpose (<paramref name="purposes"/> 0: any) and
    /// that <paramref name="named"/> does not already list: a destination used for that purpose (or for no declared
    /// purpose, or for a use the item does not declare — a finding), and sends no destination places.
    /// </summary>
    private static IEnumerable<string> ReachedRecipients(InventorySpec spec, IEnumerable<ItemSpec> served, int purposes, IEnumerable<string> named)
    {
        var listed = new HashSet<string>(named, StringComparer.OrdinalIgnoreCase);
        return served.SelectMany(item => SendsOf(spec, item).Where(f => f.Unplaced || purposes == 0 || f.DestinationPurpose == 0 ||
                (f.DestinationPurpose & purposes) != 0 || (f.DestinationPurpose & item.Purpose) == 0))
            // A placed destination without a recipient is the controller's own system: a transfer, not a recipient.
            .Where(f => f.Unplaced || (f.Recipient is { } recipient && !listed.Contains(recipient)))
            .Select(f => Reached(f) + (f.Unplaced ? string.Empty : " (reached by the code, not declared)"))
            .Distinct(StringComparer.Ordinal).OrderBy(r => r, StringComparer.Ordinal);
    }

    /// <summary>Regions outside the home region that the code sends <paramref name="served"/> to with no transfer route.</summary>
    private static IEnumerable<string> TransfersWithoutRoute(InventorySpec spec, IEnumerable<ItemSpec> served) =>
        served.SelectMany(item => SendsOf(spec, item))
            .Where(f => f.Findings.Contains(DiagnosticIds.SentOffRegionWithoutTransfer) ||
                (f.Region is { } region && spec.Assembly.HomeRegion is { } home && !Regions.Contains(home, region) &&
                 !spec.Assembly.Transfers.Any(t => t.Mechanism != (int)TransferMechanism.Anonymised && Regions.Contains(t.Region, region))))
            .Select(f => f.Region + (f.Recipient is { } recipient ? " (" + recipient + ")" : string.Empty) + ": no transfer route")
            .Distinct(StringComparer.Ordinal).OrderBy(t => t, StringComparer.Ordinal);

    /// <summary>Where a flow goes, as the map names it.</summary>
    private static string DestinationText(FlowSpec f) =>
        f.Unplaced ? "destination unknown" + (f.Host is { } host ? " (" + host + ")" : string.Empty)
        : f.Region is null ? (f.Kind == "Store" ? "store not declared" : string.Empty)
        : f.Recipient is { } recipient ? recipient + " (" + f.Region + ")" : f.Region;

    private static string Reached(FlowSpec f) => f.Unplaced || f.Recipient is not null ? DestinationText(f) : "a destination in " + f.Region;

    /// <summary>
    /// The Items table's "Disclosed to": the declared recipients, then every recipient the code reaches that they do not
    /// name. "Not disclosed" only for an item the code sends nowhere.
    /// </summary>
    private static string DisclosedTo(InventorySpec spec, ItemSpec item)
    {
        // An item silent on recipients is covered by the recipients of the activities that name it.
        var activities = (spec.Assembly.Record ?? RecordSpec.Empty).Activities.Where(x => Matching(new[] { item }, x.Items).Count > 0).SelectMany(x => x.Recipients);
        var named = new HashSet<string>(item.DisclosedTo.Concat(item.SoldTo).Concat(item.SharedWith).Concat(item.DisclosureStated ? Enumerable.Empty<string>() : activities), StringComparer.OrdinalIgnoreCase);
        var notNamed = SendsOf(spec, item)
            .Where(f => f.Unplaced || f.Findings.Contains(DiagnosticIds.RecipientNotDisclosed) || (!item.DisclosureStated && !named.Contains(f.Recipient ?? string.Empty)))
            .Select(f => Reached(f) + (f.Unplaced ? string.Empty : " (not declared)"))
            .Distinct(StringComparer.Ordinal).OrderBy(r => r, StringComparer.Ordinal).ToList();
        if (item.DisclosedTo.Length > 0)
        {
            return TextFormat.Cell(string.Join(", ", item.DisclosedTo)) + (notNamed.Count == 0 ? string.Empty : "; **the code also sends it to " + TextFormat.Cell(string.Join(", ", notNamed)) + "**");
        }

        if (notNamed.Count > 0)
        {
            return "**the code sends it to " + TextFormat.Cell(string.Join(", ", notNamed)) + "**";
        }

        var sent = SendsOf(spec, item).Select(Reached).Distinct(StringComparer.Ordinal).OrderBy(r => r, StringComparer.Ordinal).ToList();
        return sent.Count > 0 ? "the code sends it to " + TextFormat.Cell(string.Join(", ", sent)) : item.DisclosureStated ? "Not disclosed" : NotStated;
    }

    // Findings: every flow the analyzer's rules do not allow, from the same classification as its diagnostics.
    private static void AppendFindings(StringBuilder b, InventorySpec spec)
    {
        b.Append("\n## Findings\n\n");
        if (!spec.FlowsComputed)
        {
            b.Append("Not computed: `PiiGuardInventoryFlows` is `false`.\n");
            return;
        }

        var rows = spec.Flows.SelectMany(f => f.Findings.Select(id => (Id: id, Flow: f)))
            .OrderBy(r => r.Id, StringComparer.Ordinal).ThenBy(r => r.Flow.Item, StringComparer.Ordinal).ThenBy(r => r.Flow.Location, StringComparer.Ordinal)
            .ThenBy(r => r.Flow.Sink, StringComparer.Ordinal).ThenBy(r => DestinationText(r.Flow), StringComparer.Ordinal)
            .Select(r => "| " + r.Id + " | " + TextFormat.Cell(DiagnosticDescriptors.TitleOf(r.Id)) + " | " + TextFormat.Cell(r.Flow.Item) + " | " + TextFormat.Cell(r.Flow.Sink) +
                " | " + TextFormat.Cell(DestinationText(r.Flow)) + " | " + TextFormat.Cell(r.Flow.Location) + " |")
            .Distinct(StringComparer.Ordinal).ToList();
        if (rows.Count == 0)
        {
            b.Append("None: every flow the code has is covered by its item's declaration.\n");
            return;
        }

        int Count(Func<string, bool> rule) => spec.Flows.Sum(f => f.Findings.Count(rule));
        b.Append("What the code does that the declarations do not allow: the analyzer's own findings (PII01xx–PII05xx), listed whatever their configured severity. ")
            .Append(Count(id => id.StartsWith("PII01", StringComparison.Ordinal) || id.StartsWith("PII02", StringComparison.Ordinal)).ToString(CultureInfo.InvariantCulture)).Append(" uncovered logging or serialization flows, ")
            .Append(Count(id => id.StartsWith("PII03", StringComparison.Ordinal)).ToString(CultureInfo.InvariantCulture)).Append(" off-region sends without a purpose or transfer route, ")
            .Append(Count(id => id is DiagnosticIds.RecipientNotDisclosed or DiagnosticIds.RecipientPurposeNotDeclared or DiagnosticIds.SoldOrSharedContrary).ToString(CultureInfo.InvariantCulture)).Append(" undeclared recipients, uses, sales or shares, ")
            .Append(Count(id => id == DiagnosticIds.SendNotPlaced).ToString(CultureInfo.InvariantCulture)).Append(" sends to a destination that cannot be placed, ")
            .Append(Count(id => id.StartsWith("PII05", StringComparison.Ordinal)).ToString(CultureInfo.InvariantCulture)).Append(" writes to undeclared or off-region stores without a route.\n\n");
        b.Append("| Rule | Finding | Item | Sink | Destination | Where |\n|---|---|---|---|---|---|\n");
        foreach (var row in rows)
        {
            b.Append(row).Append('\n');
        }
    }

    private static void AppendStorageAndTransfers(StringBuilder b, InventorySpec spec)
    {
        var a = spec.Assembly;
        b.Append("\n## Storage and transfers\n\nHome region: ").Append(a.HomeRegion ?? NotStated).Append(".\n\n");

        // What the code writes to each store (EF Core, caches, files, cookies): the Store flows, by the store they name.
        var writes = spec.Flows.Where(f => f.Kind == nameof(Sinks.SinkKind.Store)).ToList();
        List<string> WrittenTo(StorageSpec s) => writes.Where(f => f.Region == s.Region && f.Sink.EndsWith("(" + s.Location + ")", StringComparison.Ordinal))
            .Select(f => f.Item).Distinct(StringComparer.Ordinal).OrderBy(i => i, StringComparer.Ordinal).ToList();
        var stores = a.Storage.Select(s => (Store: s, Scope: "application")).Concat(a.Stores.Select(s => (Store: s, Scope: "store"))).ToList();
        if (stores.Count > 0)
        {
            b.Append(spec.FlowsComputed ? "| Storage | Region | Declared for | Written by the code |\n|---|---|---|---|\n" : "| Storage | Region | Declared for |\n|---|---|---|\n");
            foreach (var (s, scope) in stores)
            {
                b.Append("| ").Append(TextFormat.Cell(s.Location)).Append(" | ").Append(s.Region).Append(" | ").Append(scope);
                if (spec.FlowsComputed)
                {
                    var items = WrittenTo(s);
                    b.Append(" | ").Append(items.Count == 0 ? "no write found" : TextFormat.Cell(string.Join(", ", items)));
                }

                b.Append(" |\n");
            }

            b.Append('\n');
        }
        else
        {
            b.Append("Storage location: ").Append(NotStated).Append(" (declare it with `[assembly: PiiStorage]`).\n\n");
        }

        // Writes no [PiiStorage] places (PII0501): listed, never hidden.
        var undeclared = writes.Where(f => f.Region is null).ToList();
        if (undeclared.Count > 0)
        {
            b.Append("Written to stores no `[PiiStorage]` declares:\n\n| Item | Written by | Where |\n|---|---|---|\n");
            foreach (var f in undeclared)
            {
                b.Append("| ").Append(TextFormat.Cell(f.Item)).Append(" | ").Append(TextFormat.Cell(f.Sink)).Append(" | ").Append(TextFormat.Cell(f.Location)).Append(" |\n");
            }

            b.Append('\n');
        }

        if (a.Destinations.Length > 0)
        {
            b.Append("| Destination | Region | Recipient | Kind | Host | Outside the home region |\n|---|---|---|---|---|---|\n");
            foreach (var d in a.Destinations)
            {
                b.Append("| ").Append(TextFormat.Cell(d.DeclaredOn)).Append(" | ").Append(d.Region)
                    .Append(" | ").Append(TextFormat.Cell(d.Recipient)).Append(" | ").Append(TextFormat.Cell(d.RecipientKind))
                    .Append(" | ").Append(TextFormat.Cell(d.Host)).Append(" | ").Append(Outside(a, d.Region)).Append(" |\n");
            }

            b.Append('\n');
        }

        if (a.Transfers.Length > 0)
        {
            b.Append("| Transfer to | Mechanism | Transfer tool | Note |\n|---|---|---|---|\n");
            foreach (var t in a.Transfers)
            {
                var isTool = t.Mechanism != (int)TransferMechanism.Anonymised;
                b.Append("| ").Append(t.Region).Append(" | ").Append(TextFormat.Mechanism(t.Mechanism))
                    .Append(" | ").Append(isTool ? "yes" : "no — anonymised data is no longer personal data")
                    .Append(" | ").Append(TextFormat.Cell(t.Description)).Append(" |\n");
            }

            b.Append('\n');
        }
        else
        {
            b.Append("No transfer routes declared.\n\n");
        }
    }

    // Mermaid: the app, its stores and destinations; every edge names the data categories that travel on it.
    private static void AppendDiagram(StringBuilder b, InventorySpec spec)
    {
        var a = spec.Assembly;
        var items = spec.Items.Items;
        b.Append("\n## Data-flow diagram\n\n```mermaid\nflowchart LR\n");
        b.Append("    app[\"").Append(TextFormat.MermaidLabel(a.Assembly)).Append(a.HomeRegion is null ? string.Empty : " (" + a.HomeRegion + ")").Append("\"]\n");
        for (var i = 0; i < a.Storage.Length; i++)
        {
            var store = a.Storage[i];
            var stored = items.Where(item => item.StoredIn is null || item.StoredIn == store.Location);
            var id = "store" + i.ToString(CultureInfo.InvariantCulture);
            b.Append("    ").Append(id).Append("[(\"").Append(TextFormat.MermaidLabel(store.Location + " (" + store.Region + ")")).Append("\")]\n");
            b.Append("    app -- \"").Append(TextFormat.MermaidLabel(Categories(stored) ?? "no declared item")).Append("\" --> ").Append(id).Append('\n');
        }

        for (var i = 0; i < a.Destinations.Length; i++)
        {
            var d = a.Destinations[i];
            var label = (d.Recipient ?? d.Host ?? d.DeclaredOn) + " (" + d.Region + ")";
            var routes = a.Transfers
                .Where(t => t.Mechanism != (int)TransferMechanism.Anonymised && Regions.Contains(t.Region, d.Region))
                .Select(t => TextFormat.Mechanism(t.Mechanism)).ToList();
            var route = !Outside(a, d.Region).StartsWith("yes", StringComparison.Ordinal) ? "in region" : routes.Count > 0 ? string.Join(", ", routes) : "no transfer route";

            // What goes there: items declared for the recipient, and items the flow engine saw sent to it.
            var sent = SentFlags(spec, d);
            var carried = items.Where((item, index) => sent[index] || (d.Recipient is { } recipient && NamedFor(spec, index, recipient)));
            var id = "dest" + i.ToString(CultureInfo.InvariantCulture);
            b.Append("    ").Append(id).Append("[\"").Append(TextFormat.MermaidLabel(label)).Append("\"]\n");
            b.Append("    app -- \"").Append(TextFormat.MermaidLabel((Categories(carried) ?? "no declared item") + " — " + route)).Append("\" --> ").Append(id).Append('\n');
        }

        // Sends no [PiiDestination] places: drawn, never dropped.
        var unplaced = new HashSet<string>(spec.Flows.Where(f => f.Unplaced).Select(f => f.Item), StringComparer.Ordinal);
        if (unplaced.Count > 0)
        {
            var hosts = spec.Flows.Where(f => f.Unplaced && f.Host is not null).Select(f => f.Host!).Distinct(StringComparer.Ordinal).OrderBy(h => h, StringComparer.Ordinal).ToList();
            b.Append("    unknown[\"").Append(TextFormat.MermaidLabel("destination unknown" + (hosts.Count > 0 ? " (" + string.Join(", ", hosts) + ")" : string.Empty))).Append("\"]\n");
            b.Append("    app -- \"").Append(TextFormat.MermaidLabel(Categories(items.Where(item => unplaced.Contains(item.TypeName + "." + item.Member))) ?? "no declared item")).Append(" — not placed\" --> unknown\n");
        }

        b.Append("```\n");
    }

    /// <summary>The items the flow engine saw sent to a destination (matched by region and, when named, recipient).</summary>
    private static List<ItemSpec> SentTo(InventorySpec spec, DestinationSpec d)
    {
        var sent = SentFlags(spec, d);
        var items = spec.Items.Items;
        var result = new List<ItemSpec>();
        for (var i = 0; i < items.Length; i++)
        {
            if (sent[i])
            {
                result.Add(items[i]);
            }
        }

        return result;
    }

    // Which of the spec's items (by index) the flow engine saw sent to a destination, from an index of the flows built once
    // per map: scanning every flow for every destination, and searching a list of the items sent for every item, made the
    // diagram alone take more than a second a build on the synthetic 100k-line corpus (3,500 items).
    private static bool[] SentFlags(InventorySpec spec, DestinationSpec d)
    {
        var index = SendIndexes.GetValue(spec, static s => new SendIndex(s));
        var flags = new bool[index.Keys.Length];
        if ((d.Recipient is null ? index.ByRegion.TryGetValue(d.Region, out var sent) : index.ByRecipient.TryGetValue((d.Region, d.Recipient), out sent)) && sent.Count > 0)
        {
            for (var i = 0; i < flags.Length; i++)
            {
                flags[i] = sent.Contains(index.Keys[i]);
            }
        }

        return flags;
    }

    /// <summary>Items named for a recipient (DisclosedTo, SoldTo, SharedWith), by index into the spec's items.</summary>
    private static bool NamedFor(InventorySpec spec, int item, string recipient) =>
        SendIndexes.GetValue(spec, static s => new SendIndex(s)).Named.TryGetValue(recipient, out var named) && named.Contains(item);

    private static readonly ConditionalWeakTable<InventorySpec, SendIndex> SendIndexes = new();

    private sealed class SendIndex
    {
        public SendIndex(InventorySpec spec)
        {
            var items = spec.Items.Items;
            Keys = new string[items.Length];
            for (var i = 0; i < items.Length; i++)
            {
                Keys[i] = items[i].TypeName + "." + items[i].Member;
                foreach (var recipient in items[i].DisclosedTo.Concat(items[i].SoldTo).Concat(items[i].SharedWith))
                {
                    Add(Named, recipient, i);
                }
            }

            foreach (var flow in spec.Flows)
            {
                if (flow.Region is not { } region)
                {
                    continue;
                }

                Add(ByRegion, region, flow.Item);
                if (flow.Recipient is { } recipient)
                {
                    Add(ByRecipient, (region, recipient), flow.Item);
                }
            }
        }

        /// <summary>Each item's flow key ("Type.Member"), by index.</summary>
        public string[] Keys { get; }

        public Dictionary<string, HashSet<string>> ByRegion { get; } = new(StringComparer.Ordinal);

        public Dictionary<(string Region, string Recipient), HashSet<string>> ByRecipient { get; } = new();

        public Dictionary<string, HashSet<int>> Named { get; } = new(StringComparer.Ordinal);

        private static void Add<TKey, TValue>(Dictionary<TKey, HashSet<TValue>> map, TKey key, TValue value)
            where TKey : notnull
        {
            if (!map.TryGetValue(key, out var set))
            {
                map[key] = set = new HashSet<TValue>();
            }

            set.Add(value);
        }
    }

    private static string? Categories(IEnumerable<ItemSpec> items)
    {
        var groups = items.Select(GroupOf).Distinct(StringComparer.Ordinal).OrderBy(g => g, StringComparer.Ordinal).ToList();
        return groups.Count == 0 ? null : string.Join(", ", groups);
    }

    // Gaps: what a record needs and the declarations do not say. Listed, never hidden.
    private static void AppendGaps(StringBuilder b, InventorySpec spec, bool gdpr)
    {
        var record = spec.Assembly.Record ?? RecordSpec.Empty;
        var items = spec.Items.Items;
        var gaps = new List<string>();
        if (!record.Contacts.Any(c => c.Role == 0))
        {
            gaps.Add("- The controller is not stated (`[assembly: PiiContact(PiiContactRole.Controller, …)]`).");
        }

        if (record.SecurityMeasures.Length == 0)
        {
            gaps.Add("- No security measures are stated (`[assembly: PiiSecurityMeasure]`).");
        }

        foreach (var activity in record.Activities)
        {
            if (activity.DataSubjects.Length == 0)
            {
                gaps.Add("- Activity " + TextFormat.Cell(activity.Name) + ": no data subjects stated.");
            }

            foreach (var name in activity.Items.Where(n => Matching(items, new[] { n }.ToEquatableArray()).Count == 0))
            {
                gaps.Add("- Activity " + TextFormat.Cell(activity.Name) + " names " + TextFormat.Cell(name) + ", which no `[Pii]` item or data category declares.");
            }
        }

        foreach (var source in record.Sources)
        {
            foreach (var name in source.Items.Where(n => Matching(items, new[] { n }.ToEquatableArray()).Count == 0))
            {
                gaps.Add("- Source " + TextFormat.Cell(source.Source) + " names " + TextFormat.Cell(name) + ", which no `[Pii]` item or data category declares.");
            }
        }

        // Every recipient the code actually reaches belongs in the record: one no activity or item names is a finding.
        var named = new HashSet<string>(record.Activities.SelectMany(x => x.Recipients).Concat(items.SelectMany(i => i.DisclosedTo.Concat(i.SoldTo).Concat(i.SharedWith))), StringComparer.Ordinal);
        foreach (var d in spec.Assembly.Destinations.Where(d => d.Recipient is not null && !named.Contains(d.Recipient)))
        {
            var sent = SentTo(spec, d);
            if (sent.Count > 0)
            {
                var gap = "- The code sends " + TextFormat.Cell(Categories(sent)) + " to " + TextFormat.Cell(d.Recipient) + " (" + d.Region + "), which no activity or item names as a recipient.";
                if (!gaps.Contains(gap))
                {
                    gaps.Add(gap);
                }
            }
        }

        foreach (var item in items)
        {
            var missing = new List<string>();
            if (item.Purpose == 0)
            {
                missing.Add("purpose");
            }

            if (item.Retention is null && item.RetentionText is null)
            {
                missing.Add("retention");
            }

            // A legal basis stated on an activity that names the item (or its category) covers it.
            if (gdpr && item.LegalBasis == 0 &&
                !record.Activities.Any(x => x.LegalBasis != 0 && Matching(new[] { item }, x.Items).Count > 0))
            {
                missing.Add("legal basis");
            }

            if (item.DataSubject is null)
            {
                missing.Add("data subject");
            }

            if (missing.Count > 0)
            {
                gaps.Add("- " + TextFormat.Cell(item.TypeName + "." + item.Member) + " (" + TextFormat.Cell(item.Item) + "): no " + string.Join(", no ", missing) + " stated.");
            }
        }

        b.Append("\n## Gaps\n\n");
        b.Append(gaps.Count == 0 ? "None: every record element and every item's purpose, retention" + (gdpr ? ", legal basis" : string.Empty) + " and data subject is stated.\n" : string.Join("\n", gaps) + "\n");
    }

    // Human labels for the categories (the map never shows an enum name such as `IpAddress`).
    private static readonly string[] CategoryLabels =
    {
        "Contact details", "Name", "Account data", "Credentials", "Financial data", "Payment card data", "Location", "Precise location",
        "Device data", "Device identifier", "IP address", "Behavioural data", "Content", "Images", "Demographic data", "Biometric data",
        "Health data", "Government identifier", "Telemetry", "Sensor data", "Social media data", "Children's data", "Privacy preferences",
        "Unique identifier",
    };

    /// <summary>The human label of a category (never the enum name).</summary>
    public static string CategoryLabel(int category) => category >= 0 && category < CategoryLabels.Length ? CategoryLabels[category] : "Unknown category";

    // CCPA statutory categories, indexed by PiiGuard.CcpaCategory's value (Cal. Civ. Code §1798.140(v)(1)).
    private static readonly string[] CcpaLabels =
    {
        "Unknown",
        "A. Identifiers",
        "B. Personal information categories listed in Cal. Civ. Code §1798.80(e)",
        "C. Characteristics of protected classifications",
        "D. Commercial information",
        "E. Biometric information",
        "F. Internet or other electronic network activity",
        "G. Geolocation data",
        "H. Sensory data",
        "I. Professional or employment-related information",
        "J. Non-public education information",
        "K. Inferences drawn from other personal information",
        "L. Sensitive personal information",
    };

    // Category → CCPA statutory category when [Pii] does not say (CcpaCategory.Automatic); documented in docs/inventory.md.
    private static readonly int[] CcpaDefaults =
    {
        1 /* Contact */, 1 /* Name */, 1 /* Account */, 12 /* Credentials */, 2 /* Financial */, 2 /* Payment */, 7 /* Location */,
        12 /* PreciseLocation */, 6 /* Device */, 1 /* DeviceId */, 1 /* IpAddress */, 6 /* Behavior */, 6 /* Content */, 8 /* Image */,
        3 /* Demographic */, 5 /* Biometric */, 12 /* Health */, 12 /* GovernmentId */, 6 /* Telemetry */, 6 /* Sensor */, 1 /* Social */,
        3 /* Children */, 6 /* PrivacyPreferences */, 1 /* UniqueId */,
    };

    public static int CcpaOf(ItemSpec item) =>
        item.CcpaCategory != 0 ? item.CcpaCategory : item.Category >= 0 && item.Category < CcpaDefaults.Length ? CcpaDefaults[item.Category] : 0;

    public static string CcpaLabel(int category) => category > 0 && category < CcpaLabels.Length ? CcpaLabels[category] : NotStated;

    private static string GroupOf(ItemSpec item) => item.Group ?? CategoryLabel(item.Category);

    private static string SoldShared(ItemSpec item)
    {
        var parts = new List<string>();
        if (item.Sold || item.SoldTo.Length > 0)
        {
            parts.Add(item.SoldTo.Length == 0 ? "Sold" : "Sold to " + string.Join(", ", item.SoldTo));
        }

        if (item.Shared || item.SharedWith.Length > 0)
        {
            parts.Add(item.SharedWith.Length == 0 ? "Shared" : "Shared with " + string.Join(", ", item.SharedWith));
        }

        return parts.Count > 0 ? TextFormat.Cell(string.Join("; ", parts)) : item.SaleStated ? "No" : NotStated;
    }

    // The Items column also shows the ISO period behind a wording ("6 months after the transaction (P6M)").
    private static string Retention(ItemSpec item) =>
        RetentionText(item) is not { } text ? NotStated
        : TextFormat.Cell(item.RetentionText is null ? text + " (" + item.Retention + ")" : text);

    private static string DefaultStorage(AssemblySpec assembly) =>
        assembly.Storage.Length == 0 ? string.Empty : string.Join(", ", assembly.Storage.Select(s => s.Location + " (" + s.Region + ")"));

    private static string Roles(ItemSpec item, PiiOperation operation)
    {
        var roles = item.Access.Where(a => (a.Operations & (int)operation) != 0).Select(a => a.Role).OrderBy(r => r, StringComparer.Ordinal).ToList();
        return roles.Count == 0 ? "/" : TextFormat.Cell(string.Join(", ", roles));
    }

    private static string Outside(AssemblySpec assembly, string region) =>
        assembly.HomeRegion is not { } home ? "unknown (no home region)" : Regions.Contains(home, region) ? "no" : "yes";

    // ------------------------------------------------------------------ JSON

    public static string Json(InventorySpec spec)
    {
        var a = spec.Assembly;
        var b = new StringBuilder();
        b.Append("{\n");
        b.Append("  \"schemaVersion\": ").Append(JsonSchemaVersion.ToString(CultureInfo.InvariantCulture)).Append(",\n");
        b.Append("  \"generator\": \"PiiGuard\",\n");
        b.Append("  \"assembly\": ").Append(TextFormat.Json(a.Assembly)).Append(",\n");
        b.Append("  \"homeRegion\": ").Append(TextFormat.Json(a.HomeRegion)).Append(",\n");
        b.Append("  \"items\": [");
        for (var i = 0; i < spec.Items.Length; i++)
        {
            var item = spec.Items[i];
            b.Append(i == 0 ? "\n" : ",\n").Append("    {\n");
            Property(b, "assembly", TextFormat.Json(item.Assembly));
            Property(b, "type", TextFormat.Json(item.Type));
            Property(b, "member", TextFormat.Json(item.Member));
            Property(b, "item", TextFormat.Json(item.Item));
            Property(b, "category", TextFormat.Json(TextFormat.CategoryName(item.Category)));
            Property(b, "categoryLabel", TextFormat.Json(CategoryLabel(item.Category)));
            Property(b, "dataCategory", TextFormat.Json(item.TaxonomyKey));
            Property(b, "purposes", Array(TextFormat.Flags<Purpose>(item.Purpose)));
            Property(b, "dataUses", Array(TextFormat.Flags<Purpose>(item.Purpose).Select(p => Taxonomy.GetDataUse((Purpose)Enum.Parse(typeof(Purpose), p)) ?? p)));
            Property(b, "description", TextFormat.Json(item.Description));
            Property(b, "retention", TextFormat.Json(item.Retention));
            Property(b, "retentionFrom", TextFormat.Json(item.RetentionFrom));
            Property(b, "retentionText", TextFormat.Json(item.RetentionText));
            Property(b, "legalBasis", Array(TextFormat.Flags<LegalBasis>(item.LegalBasis)));
            Property(b, "sensitive", item.Category >= 0 && Taxonomy.IsSensitive((Category)item.Category) ? "true" : "false");
            Property(b, "sold", item.Sold ? "true" : "false");
            Property(b, "shared", item.Shared ? "true" : "false");
            Property(b, "disclosedTo", Array(item.DisclosedTo));
            Property(b, "soldTo", Array(item.SoldTo));
            Property(b, "sharedWith", Array(item.SharedWith));
            Property(b, "ccpaCategory", TextFormat.Json(CcpaOf(item) is var ccpa && ccpa > 0 ? CcpaLabels[ccpa] : null));
            Property(b, "dataSubject", TextFormat.Json(item.DataSubject));
            Property(b, "group", TextFormat.Json(item.Group));
            Property(b, "storedIn", TextFormat.Json(item.StoredIn));
            b.Append("      \"access\": [")
                .Append(string.Join(", ", item.Access.Select(g => "{ \"role\": " + TextFormat.Json(g.Role) + ", \"operations\": " + Array(TextFormat.Flags<PiiOperation>(g.Operations)) + " }")))
                .Append("]\n    }");
        }

        b.Append(spec.Items.Length == 0 ? "],\n" : "\n  ],\n");
        b.Append("  \"storage\": [").Append(string.Join(", ", a.Storage.Select(s => (Store: s, Scope: "application")).Concat(a.Stores.Select(s => (Store: s, Scope: "store")))
            .Select(s => "{ \"location\": " + TextFormat.Json(s.Store.Location) + ", \"region\": " + TextFormat.Json(s.Store.Region) + ", \"declaredFor\": " + TextFormat.Json(s.Scope) + " }"))).Append("],\n");
        b.Append("  \"destinations\": [").Append(string.Join(", ", a.Destinations.Select(d =>
            "{ \"region\": " + TextFormat.Json(d.Region) + ", \"declaredOn\": " + TextFormat.Json(d.DeclaredOn) + ", \"host\": " + TextFormat.Json(d.Host) +
            ", \"recipient\": " + TextFormat.Json(d.Recipient) + ", \"recipientKind\": " + TextFormat.Json(d.RecipientKind) + ", \"purposes\": " + Array(TextFormat.Flags<Purpose>(d.Purpose)) + " }"))).Append("],\n");
        b.Append("  \"transfers\": [").Append(string.Join(", ", a.Transfers.Select(t =>
            "{ \"region\": " + TextFormat.Json(t.Region) + ", \"mechanism\": " + TextFormat.Json(((TransferMechanism)t.Mechanism).ToString()) +
            ", \"transferTool\": " + (t.Mechanism != (int)TransferMechanism.Anonymised ? "true" : "false") + ", \"description\": " + TextFormat.Json(t.Description) + " }"))).Append("],\n");
        AppendRecordJson(b, a.Record ?? RecordSpec.Empty);
        b.Append("  \"flowsComputed\": ").Append(spec.FlowsComputed ? "true" : "false").Append(",\n");
        b.Append("  \"flows\": [");
        for (var i = 0; i < spec.Flows.Length; i++)
        {
            var f = spec.Flows[i];
            b.Append(i == 0 ? "\n" : ",\n").Append("    { \"item\": ").Append(TextFormat.Json(f.Item)).Append(", \"kind\": ").Append(TextFormat.Json(f.Kind))
                .Append(", \"sink\": ").Append(TextFormat.Json(f.Sink)).Append(", \"region\": ").Append(TextFormat.Json(f.Region))
                .Append(", \"recipient\": ").Append(TextFormat.Json(f.Recipient))
                .Append(", \"destinationPurposes\": ").Append(Array(TextFormat.Flags<Purpose>(f.DestinationPurpose)))
                .Append(", \"host\": ").Append(TextFormat.Json(f.Host))
                .Append(", \"placed\": ").Append(f.Unplaced ? "false" : "true")
                .Append(", \"covered\": ").Append(f.Covered ? "true" : "false")
                .Append(", \"findings\": ").Append(Array(f.Findings))
                .Append(", \"location\": ").Append(TextFormat.Json(f.Location)).Append(" }");
        }

        b.Append(spec.Flows.Length == 0 ? "]\n" : "\n  ]\n");
        b.Append("}\n");
        return b.ToString();
    }

    private static void AppendRecordJson(StringBuilder b, RecordSpec r)
    {
        b.Append("  \"record\": {\n");
        b.Append("    \"version\": ").Append(TextFormat.Json(r.Version)).Append(",\n");
        b.Append("    \"contacts\": [").Append(string.Join(", ", r.Contacts.Select(c =>
            "{ \"role\": " + TextFormat.Json(ContactRoles.First(x => x.Value == c.Role).Label) + ", \"name\": " + TextFormat.Json(c.Name) +
            ", \"address\": " + TextFormat.Json(c.Address) + ", \"email\": " + TextFormat.Json(c.Email) + ", \"phone\": " + TextFormat.Json(c.Phone) +
            ", \"url\": " + TextFormat.Json(c.Url) + " }"))).Append("],\n");
        b.Append("    \"activities\": [").Append(string.Join(", ", r.Activities.Select(x =>
            "{ \"name\": " + TextFormat.Json(x.Name) + ", \"purposes\": " + Array(TextFormat.Flags<Purpose>(x.Purpose)) + ", \"description\": " + TextFormat.Json(x.Description) +
            ", \"dataSubjects\": " + Array(x.DataSubjects) + ", \"items\": " + Array(x.Items) + ", \"recipients\": " + Array(x.Recipients) +
            ", \"transfers\": " + Array(x.Transfers) + ", \"retention\": " + TextFormat.Json(x.Retention) + ", \"legalBasis\": " + Array(TextFormat.Flags<LegalBasis>(x.LegalBasis)) + " }"))).Append("],\n");
        b.Append("    \"sources\": [").Append(string.Join(", ", r.Sources.Select(x =>
            "{ \"source\": " + TextFormat.Json(x.Source) + ", \"description\": " + TextFormat.Json(x.Description) + ", \"items\": " + Array(x.Items) +
            ", \"personalData\": " + (x.PersonalData ? "true" : "false") + " }"))).Append("],\n");
        b.Append("    \"securityMeasures\": ").Append(Array(r.SecurityMeasures)).Append(",\n");
        b.Append("    \"rights\": [").Append(string.Join(", ", r.Rights.Select(x =>
            "{ \"law\": " + TextFormat.Json(x.Law) + ", \"appliesTo\": " + TextFormat.Json(x.AppliesTo) + ", \"rights\": " + Array(x.Rights) +
            ", \"howToExercise\": " + TextFormat.Json(x.HowToExercise) + ", \"verification\": " + TextFormat.Json(x.Verification) +
            ", \"responseTime\": " + TextFormat.Json(x.ResponseTime) + ", \"requestLimit\": " + TextFormat.Json(x.RequestLimit) +
            ", \"optOutValidity\": " + TextFormat.Json(x.OptOutValidity) + ", \"complaints\": " + TextFormat.Json(x.Complaints) + " }"))).Append("],\n");
        b.Append("    \"children\": ").Append(TextFormat.Json(r.Children)).Append(",\n");
        b.Append("    \"childrenMinimumAge\": ").Append(r.ChildrenMinimumAge > 0 ? r.ChildrenMinimumAge.ToString(CultureInfo.InvariantCulture) : "null").Append('\n');
        b.Append("  },\n");
    }

    private static void Property(StringBuilder b, string name, string value) => b.Append("      \"").Append(name).Append("\": ").Append(value).Append(",\n");

    private static string Array(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(TextFormat.Json)) + "]";
}
