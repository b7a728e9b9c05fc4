using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PiiGuard.Analyzers.Inventory;
using PiiGuard.Tests.Infrastructure;
using Xunit;
using static PiiGuard.Tests.Inventory.InventoryTestHelper;

namespace PiiGuard.Tests.Inventory;

public sealed class InventoryGeneratorTests
{
    // The SolaX data-authority rows for Email and IP address, and the Dream Pairs credit-card row.
    internal const string Models = """
        using PiiGuard;

        [assembly: PiiHomeRegion("EU")]
        [assembly: PiiStorage("Cloud server, Frankfurt", "DE")]
        [assembly: PiiDestination("US", Host = "ops.example.com", Recipient = "Global operations", RecipientKind = "Affiliate")]
        [assembly: PiiTransfer("US", TransferMechanism.StandardContractualClauses, Description = "EU SCCs 2021/914")]
        [assembly: PiiTransfer("US", TransferMechanism.Anonymised)]

        namespace Solax;

        public sealed class EndUser
        {
            public int Id { get; set; }

            [Pii(Category.Contact, Purpose = Purpose.Account | Purpose.Communications, Group = "Contact information", DataSubject = "End-user data",
                 Description = "Communicate with you, password reset", LegalBasis = LegalBasis.Contract, Retention = "P3D", RetentionFrom = "account deletion request")]
            [PiiAccess("End user", PiiOperation.Access | PiiOperation.Edit | PiiOperation.Delete)]
            [PiiAccess("Agent", PiiOperation.Access | PiiOperation.Edit | PiiOperation.Delete)]
            [PiiAccess("Installer", PiiOperation.Access)]
            [PiiAccess("Customer service", PiiOperation.Access | PiiOperation.Edit | PiiOperation.Delete)]
            public string Email { get; set; } = "";

            [Pii(Category.IpAddress, Purpose = Purpose.Security, Group = "Network activity", DataSubject = "End-user data", LegalBasis = LegalBasis.LegitimateInterests)]
            [PiiAccess("Customer service", PiiOperation.Access)]
            public string IpAddress { get; set; } = "";
        }

        public sealed record SavedCard(
            [property: Pii(Category.Payment, Purpose = Purpose.Payment, Item = "Credit card details", Retention = "P1Y", RetentionFrom = "purchase, for refunds",
                           LegalBasis = LegalBasis.Contract, Sold = false, DisclosedTo = new[] { "Credit reference agencies", "Card clearing agencies" })]
            string Number,
            int ExpiryYear);

        [Pii(Category.DeviceId, Purpose = Purpose.ServiceDelivery, Group = "Device information", DataSubject = "Device data")]
        [PiiAccess("End user", PiiOperation.Access | PiiOperation.Delete)]
        public sealed class Inverter
        {
            public string SerialNumber { get; set; } = "";

            [Pii(Category.Telemetry)]
            public double GeneratedPower { get; set; }
        }

        [PiiDestination("US", Recipient = "Global operations")]
        public sealed class OperationsClient { }

        [PiiStorage("Device telemetry store, Frankfurt", "DE")]
        public sealed class TelemetryStore { }
        """;

    private static Compilation ModelCompilation() => Compile(new[] { ("Models.cs", Models) });

    [Fact]
    public void Outputs_MatchBaselines()
    {
        var result = Run(ModelCompilation());
        Baselines.AssertMatches("inventory/solax.DataInventory.g.cs.txt", result.Api);
        Baselines.AssertMatches("inventory/solax.data-map.md", result.Markdown);
        Baselines.AssertMatches("inventory/solax.data-map.json", result.Json);
    }

    [Fact]
    public void GeneratedApi_ListsEveryItemWithItsFacts_AtRunTime()
    {
        var result = Run(ModelCompilation());
        var assembly = Emit(result.Output);
        var type = assembly.GetType("PiiGuard.Generated.Shop.DataInventory", throwOnError: true)!;
        Assert.False(type.IsPublic, "internal by default, so two assemblies' inventories never collide");
        var items = (IReadOnlyList<PiiGuard.Inventory.DataItem>)type.GetProperty("Items")!.GetValue(null)!;
        Assert.Equal(
            new[] { "EndUser.Email", "EndUser.IpAddress", "Inverter.GeneratedPower", "Inverter.SerialNumber", "SavedCard.Number" },
            items.Select(i => i.Type.Split('.').Last() + "." + i.Member));
        var card = items.Single(i => i.Member == "Number");
        Assert.Equal("Credit card details", card.Item);
        Assert.Equal(Category.Payment, card.Category);
        Assert.Equal("P1Y", card.Retention);
        Assert.False(card.Sold);
        Assert.Equal(new[] { "Credit reference agencies", "Card clearing agencies" }, card.DisclosedTo);
        var serial = items.Single(i => i.Member == "SerialNumber");
        Assert.Equal(Category.DeviceId, serial.Category);
        Assert.Equal("End user", serial.Access.Single().Role);
        Assert.Equal("EU", (string?)type.GetField("HomeRegion")!.GetValue(null));
        var transfers = (IReadOnlyList<PiiGuard.Inventory.TransferRoute>)type.GetProperty("Transfers")!.GetValue(null)!;
        Assert.Equal(new[] { true, false }, transfers.Select(t => t.IsTransferTool));
    }

    [Fact]
    public void PublicVisibility_Option_MakesTheApiPublic()
    {
        var result = Run(ModelCompilation(), Driver(new Dictionary<string, string> { ["PiiGuardInventoryVisibility"] = "public" }));
        Assert.Contains("public static class DataInventory", result.Api, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_SaysWhatThePoliciesSay()
    {
        var markdown = Run(ModelCompilation()).Markdown;

        // SolaX "data authority": Email — access all four roles; edit and delete End user, Agent, Customer service.
        Assert.Contains("| End-user data | Email | Agent, Customer service, End user, Installer | Agent, Customer service, End user | Agent, Customer service, End user |", markdown, StringComparison.Ordinal);
        // SolaX "data authority": IP address — access Customer service; edit /; delete /.
        Assert.Contains("| End-user data | IpAddress | Customer service | / | / |", markdown, StringComparison.Ordinal);
        // Dream Pairs: credit card — not sold; disclosed to credit reference and card clearing agencies; kept one year.
        Assert.Contains("| Credit card details | Payment card data |  | Payment | No | Credit reference agencies, Card clearing agencies | 1 year after purchase, for refunds (P1Y) | Contract |", markdown, StringComparison.Ordinal);
        // SolaX data-category shape.
        Assert.Contains("| Contact information | Email | Account, Communications |", markdown, StringComparison.Ordinal);
        // Storage, transfers (anonymisation listed but not a tool), gaps marked.
        Assert.Contains("| Cloud server, Frankfurt | DE |", markdown, StringComparison.Ordinal);
        Assert.Contains("| US | Standard contractual clauses | yes | EU SCCs 2021/914 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| US | Anonymised | no — anonymised data is no longer personal data |", markdown, StringComparison.Ordinal);
        Assert.Contains("- Inverter.GeneratedPower (GeneratedPower): no purpose, no retention, no legal basis, no data subject stated.", markdown, StringComparison.Ordinal);
        Assert.Contains("```mermaid", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_IsValidAndVersioned()
    {
        using var document = JsonDocument.Parse(Run(ModelCompilation()).Json);
        var root = document.RootElement;
        Assert.Equal(InventoryEmitter.JsonSchemaVersion, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("EU", root.GetProperty("homeRegion").GetString());
        var card = root.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("member").GetString() == "Number");
        Assert.Equal("user.financial.credit_card", card.GetProperty("dataCategory").GetString());
        Assert.Equal("essential.service.payment_processing", card.GetProperty("dataUses")[0].GetString());
        Assert.False(card.GetProperty("sold").GetBoolean());
    }

    [Fact]
    public void UnrelatedEdit_LeavesEveryTrackedStepCached()
    {
        var other = CSharpSyntaxTree.ParseText("namespace Solax; public class Site { } public class Plant : Site { public int Size() { return 1; } }", TestProject.ParseOptions, path: "/src/Plant.cs");
        var compilation = ModelCompilation().AddSyntaxTrees(other);
        var first = Run(compilation);
        GeneratorRunner.AssertNoCompilationObjectsInSteps(first.Driver, AllSteps);

        var edited = compilation.ReplaceSyntaxTree(other, CSharpSyntaxTree.ParseText("namespace Solax; public class Site { } public class Plant : Site { public int Size() { return 2 + 3; } }", TestProject.ParseOptions, path: "/src/Plant.cs"));
        var second = Run(edited, first.Driver);
        GeneratorRunner.AssertAllTrackedStepsCached(second.Driver, AllSteps);
    }

    [Fact]
    public void BodyEdit_ReadsNoDeclarationAgain_DeclarationEdit_Does()
    {
        const string Code = """
            using PiiGuard;
            namespace Shop;
            public class Customer
            {
                [Pii(Category.Contact, Purpose = Purpose.Account)] public string Email { get; set; } = "";
                public int Total() { return 1; }
                public int Count => 2;
            }
            """;
        var generator = new InventoryGenerator();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { generator.AsSourceGenerator() }, parseOptions: TestProject.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var compilation = Compile(new[] { ("Customer.cs", Code) });
        var first = Run(compilation, driver);
        var before = generator.ReusedResults;

        // Inside a method body and an expression-bodied property: every declaration step hands back its result.
        var tree = compilation.SyntaxTrees.Single();
        var bodies = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(Code.Replace("return 1;", "var x = 3; return x;", StringComparison.Ordinal).Replace("=> 2", "=> 2 + 2", StringComparison.Ordinal))));
        var second = Run(bodies, first.Driver);
        // The declared facts ([Pii], [PiiDestination], [PiiStorage]), targeted items, [assembly: PiiExternal] items, referenced
        // items and the assembly facts (no type-level [Pii]: no subclass is looked for).
        Assert.Equal(5, generator.ReusedResults - before);
        Assert.Equal(first.Api, second.Api);
        GeneratorRunner.AssertAllTrackedStepsCached(second.Driver, AllSteps);

        // A declaration's attribute changes: read again, and the new purpose is in the map.
        var purpose = bodies.ReplaceSyntaxTree(bodies.SyntaxTrees.Single(), tree.WithChangedText(SourceText.From(Code.Replace("Purpose.Account", "Purpose.Marketing", StringComparison.Ordinal))));
        var third = Run(purpose, second.Driver);
        Assert.DoesNotContain("Marketing", second.Markdown, StringComparison.Ordinal);
        Assert.Contains("Marketing", third.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void PurposeEdit_ReRunsOnlyWhatDependsOnIt()
    {
        var compilation = ModelCompilation();
        var first = Run(compilation);
        var tree = compilation.SyntaxTrees.Single();
        var changed = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(Models.Replace("Purpose = Purpose.Security", "Purpose = Purpose.Security | Purpose.FraudPrevention", StringComparison.Ordinal), TestProject.ParseOptions, path: tree.FilePath));
        var second = Run(changed, first.Driver);
        GeneratorRunner.AssertAllTrackedStepsCached(second.Driver, TrackingNames.ReferencedItems, TrackingNames.AssemblyFacts, TrackingNames.Options);
        Assert.Throws<Xunit.Sdk.XunitException>(() => GeneratorRunner.AssertAllTrackedStepsCached(second.Driver, TrackingNames.LocalItems));
        Assert.Contains("Security, Fraud prevention", second.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferencedAssemblyItems_AppearWithTheirSourceAssembly()
    {
        var library = TestProject.CompileLibrary("""
            namespace Shop.Models;
            public class Shopper
            {
                [PiiGuard.Pii(PiiGuard.Category.Contact, Purpose = PiiGuard.Purpose.ServiceDelivery)]
                public string Email { get; set; } = "";
            }
            """, "Shop.Models");
        var result = Run(Compile(new[] { ("App.cs", "[assembly: PiiGuard.PiiHomeRegion(\"US\")] class App { }") }, library));
        Assert.Contains("| Email | Contact details |  | Service delivery | **not stated** | **not stated** | **not stated** | **not stated** | **not stated** | A. Identifiers |  | Shopper.Email (Shop.Models) |", result.Markdown, StringComparison.Ordinal);
        Assert.Contains("\"assembly\": \"Shop.Models\"", result.Json, StringComparison.Ordinal);
    }

    [Fact]
    public void TargetedAttributes_FoundInFilesThatNameThemOrThroughAnAlias()
    {
        // [property: …] and [field: …] are read from the files whose text names the attribute; a file that only uses a
        // (global) alias of it is still read, and a file that says neither adds nothing.
        var result = Run(Compile(new[]
        {
            ("Aliases.cs", "global using Personal = PiiGuard.PiiAttribute;"),
            ("Direct.cs", "using PiiGuard;\nnamespace Shop;\npublic sealed record Card(int Id, [property: Pii(Category.Payment, Purpose = Purpose.Payment)] string Number);"),
            ("ViaAlias.cs", "using PiiGuard;\nnamespace Shop;\npublic sealed record Lead(int Id, [property: Personal(Category.Contact, Purpose = Purpose.Marketing)] string Phone);\n" +
                            "public sealed class Visit { [field: Personal(Category.IpAddress, Purpose = Purpose.Security)] public string Address { get; set; } = \"\"; }"),
            ("Plain.cs", "namespace Shop;\npublic sealed record Note(int Id, [property: System.Obsolete] string Text);"),
        }));
        Assert.Contains("Card.Number", result.Markdown, StringComparison.Ordinal);
        Assert.Contains("Lead.Phone", result.Markdown, StringComparison.Ordinal);
        Assert.Contains("Visit.Address", result.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Note.Text", result.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Declarations_WrittenByQualifiedNames_AreRead_OtherAttributesAreNot()
    {
        // Without an alias only declarations with an attribute named Pii… are bound; qualified and global:: names count.
        var result = Run(Compile(new[]
        {
            ("Models.cs", "namespace Shop;\npublic sealed class Buyer\n{\n" +
                          "    [PiiGuard.Pii(PiiGuard.Category.Contact, Purpose = PiiGuard.Purpose.Account)] public string Email { get; set; } = \"\";\n" +
                          "    [global::PiiGuard.PiiAttribute(PiiGuard.Category.Name, Purpose = PiiGuard.Purpose.Account)] public string Name { get; set; } = \"\";\n" +
                          "    [System.Obsolete] public string Nickname { get; set; } = \"\";\n}"),
        }));
        Assert.Contains("Buyer.Email", result.Markdown, StringComparison.Ordinal);
        Assert.Contains("Buyer.Name", result.Markdown, StringComparison.Ordinal);
        Assert.Contains("Email", result.Api, StringComparison.Ordinal);
        Assert.DoesNotContain("Nickname", result.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Nickname", result.Api, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_IsIdenticalWhateverTheFileOrder()
    {
        var parts = Models.Split("namespace Solax;", StringSplitOptions.None);
        var body = parts[1].Split("public sealed record SavedCard", StringSplitOptions.None);
        var files = new[]
        {
            ("A.cs", parts[0]),
            ("B.cs", "using PiiGuard;\nnamespace Solax;\n" + body[0]),
            ("C.cs", "using PiiGuard;\nnamespace Solax;\npublic sealed record SavedCard" + body[1]),
        };
        var forward = Run(Compile(files));
        var backward = Run(Compile(files.Reverse()));
        Assert.Equal(forward.Markdown, backward.Markdown);
        Assert.Equal(forward.Json, backward.Json);
        Assert.Equal(forward.Api, backward.Api);
    }

    [Fact]
    public void HostileText_CannotBreakAnyFormat()
    {
        const string hostile = "a | b\\nc `code` <script>alert(1)</script> \\\"quoted\\\" --> ]]> ]; click app call x() ; %%{init}%% \\u2028 end";
        var source = $$"""
            using PiiGuard;
            [assembly: PiiHomeRegion("EU")]
            [assembly: PiiStorage("{{hostile}}", "DE")]
            [assembly: PiiDestination("US", Recipient = "{{hostile}}", Host = "x.example")]
            public class Evil
            {
                [Pii(Category.Contact, Purpose = Purpose.Account, Description = "{{hostile}}", DisclosedTo = new[] { "{{hostile}}" }, Group = "{{hostile}}", DataSubject = "{{hostile}}")]
                [PiiAccess("{{hostile}}", PiiOperation.Access)]
                public string Email { get; set; } = "";
            }
            """;
        var result = Run(Compile(new[] { ("Evil.cs", source) }));

        // C#: compiles (asserted by Run) and the text round-trips exactly through the generated API.
        var type = Emit(result.Output).GetType("PiiGuard.Generated.Shop.DataInventory")!;
        var item = ((IReadOnlyList<PiiGuard.Inventory.DataItem>)type.GetProperty("Items")!.GetValue(null)!).Single();
        var expected = hostile.Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\u2028", "\u2028", StringComparison.Ordinal);
        Assert.Equal(expected, item.Description);

        // JSON: parses, and the text round-trips.
        using (var json = JsonDocument.Parse(result.Json))
        {
            Assert.Equal(expected, json.RootElement.GetProperty("items")[0].GetProperty("description").GetString());
        }

        // Markdown: every table row keeps its header's column count; no raw HTML or unescaped pipe survives.
        var lines = result.Markdown.Split('\n');
        var columns = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("|---", StringComparison.Ordinal))
            {
                columns = CountCells(lines[i - 1]);
                Assert.Equal(columns, CountCells(lines[i]));
            }
            else if (lines[i].StartsWith('|') && columns > 0 && (i + 1 >= lines.Length || !lines[i + 1].StartsWith("|---", StringComparison.Ordinal)))
            {
                Assert.True(columns == CountCells(lines[i]), "row breaks its table: " + lines[i]);
            }
            else if (!lines[i].StartsWith('|'))
            {
                columns = -1;
            }
        }

        Assert.DoesNotContain("<script>", result.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("--> ]]>", result.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("`code`", result.Markdown, StringComparison.Ordinal);

        // Mermaid: labels hold no quote, bracket or newline that could end them.
        var mermaid = result.Markdown.Split("```mermaid", StringSplitOptions.None)[1].Split("```", StringSplitOptions.None)[0];
        foreach (var line in mermaid.Split('\n').Where(l => l.Contains("[\"", StringComparison.Ordinal)))
        {
            var label = line.Substring(line.IndexOf("[\"", StringComparison.Ordinal) + 2);
            label = label.Substring(0, label.LastIndexOf('"'));
            Assert.DoesNotContain('"', label);
            Assert.DoesNotContain('[', label);
            Assert.DoesNotContain(']', label);
            Assert.DoesNotContain('<', label);
        }
    }

    [Fact]
    public void ConstantInitialisersOfPiiMembers_NeverAppearInOutputs()
    {
        var source = """
            using PiiGuard;
            public class Seeded
            {
                [Pii(Category.Contact, Purpose = Purpose.Account)]
                public string Email { get; set; } = "jane.doe@example.com";

                [Pii(Category.Name, Purpose = Purpose.Account)]
                public const string Founder = "John Founder";
            }
            """;
        var result = Run(Compile(new[] { ("Seeded.cs", source) }));
        foreach (var text in new[] { result.Api, result.Markdown, result.Json })
        {
            Assert.DoesNotContain("jane.doe@example.com", text, StringComparison.Ordinal);
            Assert.DoesNotContain("John Founder", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public Task ProjectWithoutDeclarations_GetsNoGeneratedCode()
    {
        // The testing package's generator test: no GeneratedSources listed means none may be generated.
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpSourceGeneratorTest<InventoryGenerator, Microsoft.CodeAnalysis.Testing.DefaultVerifier>
        {
            TestCode = "public class Plain { public string Name { get; set; } = \"\"; }",
            ReferenceAssemblies = TestReferences.Default.Framework,
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.Default.Packages);
        return test.RunAsync();
    }

    [Fact]
    public void Flows_Listed_UnlessSwitchedOff()
    {
        var full = Run(Compile(new[] { ("Service.cs", LoggedEmail) }), Driver(new Dictionary<string, string> { ["MSBuildProjectDirectory"] = "/src" }));
        Assert.Contains("| Customer.Email | Log | ILogger.LogInformation |  | yes | Service.Run |", full.Markdown, StringComparison.Ordinal);
        var off = Run(Compile(new[] { ("Service.cs", LoggedEmail) }), Driver(new Dictionary<string, string> { ["PiiGuardInventoryFlows"] = "false" }));
        Assert.Contains("Flows are not listed", off.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void DataMap_IsNotCompiledIntoTheAssembly()
    {
        var result = Run(Compile(new[] { ("Service.cs", LoggedEmail) }));
        Assert.Contains("Customer.Email", result.Markdown, StringComparison.Ordinal);
        using var stream = new System.IO.MemoryStream();
        Assert.True(result.Output.Emit(stream).Success);
        var image = stream.ToArray();
        foreach (var text in new[] { "Data map: Shop", "ILogger.LogInformation |", "\"flows\"" })
        {
            Assert.False(Contains(image, System.Text.Encoding.UTF8.GetBytes(text)), $"UTF-8 '{text}' found in the assembly");
            Assert.False(Contains(image, System.Text.Encoding.Unicode.GetBytes(text)), $"UTF-16 '{text}' found in the assembly");
        }
    }

    [Fact]
    public void DataMapOff_DropsDocumentsAndFlows_ApiOffDropsTheRest()
    {
        var properties = new Dictionary<string, string> { ["PiiGuardDataMap"] = "false" };
        var mapOff = Run(Compile(new[] { ("Service.cs", LoggedEmail) }), Driver(properties));
        Assert.Equal(string.Empty, mapOff.Markdown);
        Assert.Contains("DataInventory", mapOff.Api, StringComparison.Ordinal);
        Assert.DoesNotContain(Reported(mapOff.Output, new TestOptionsProvider(properties)), d => d.Id == "PII0990");
        Assert.Single(Reported(mapOff.Output, new TestOptionsProvider(new Dictionary<string, string>())), d => d.Id == "PII0990");

        var allOff = Run(Compile(new[] { ("Service.cs", LoggedEmail) }), Driver(new Dictionary<string, string> { ["PiiGuardDataMap"] = "false", ["PiiGuardInventoryApi"] = "false" }));
        Assert.Empty(allOff.Driver.GetRunResult().GeneratedTrees);

        // Without the API the generator has nothing to make, so it reads nothing: Customer.Email is declared, yet no
        // step bound it (the data map, on, is the flow analyzer's and still lists it).
        var apiOff = Run(Compile(new[] { ("Service.cs", LoggedEmail) }), Driver(new Dictionary<string, string> { ["PiiGuardInventoryApi"] = "false" }));
        Assert.Empty(apiOff.Driver.GetRunResult().GeneratedTrees);
        Assert.Contains("Customer.Email", apiOff.Markdown, StringComparison.Ordinal);
        var steps = apiOff.Driver.GetRunResult().Results.Single().TrackedSteps;
        foreach (var step in new[] { TrackingNames.Declarations, TrackingNames.RecordProperties, TrackingNames.ExternalItems, TrackingNames.ReferencedItems })
        {
            Assert.All(steps[step].SelectMany(s => s.Outputs), output => Assert.Empty((System.Collections.IEnumerable)output.Value));
        }

        var apiOn = Run(Compile(new[] { ("Service.cs", LoggedEmail) }), Driver());
        Assert.Contains(apiOn.Driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Declarations].SelectMany(s => s.Outputs), output => ((System.Collections.IEnumerable)output.Value).Cast<object>().Any());
    }

    private const string LoggedEmail = """
        using PiiGuard;
        using Microsoft.Extensions.Logging;
        public class Customer
        {
            [Pii(Category.Contact, Purpose = Purpose.Diagnostics)]
            public string Email { get; set; } = "";
        }
        public class Service
        {
            public void Run(ILogger logger, Customer c) => logger.LogInformation("{Email}", c.Email);
        }
        """;

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private static int CountCells(string row) => row.Replace("\\|", string.Empty, StringComparison.Ordinal).Count(c => c == '|');

    private static System.Reflection.Assembly Emit(Compilation compilation)
    {
        using var stream = new System.IO.MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        // A context of its own per test; PiiGuard.dll still resolves from the default context, so types are shared.
        return new System.Runtime.Loader.AssemblyLoadContext(null, isCollectible: true).LoadFromStream(new System.IO.MemoryStream(stream.ToArray()));
    }
}
