using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PiiGuard.Analyzers.Inventory;
using PiiGuard.Tests.Infrastructure;
using Xunit;
using static PiiGuard.Tests.Inventory.InventoryTestHelper;

namespace PiiGuard.Tests.Inventory;

/// <summary>Issue 16: the generated <c>DataInventory</c> compiles in every consumer.</summary>
public sealed class GeneratedApiCompatibilityTests
{
    private const string Model = """
        using PiiGuard;

        [assembly: PiiHomeRegion("EU")]

        namespace Models
        {
            public class Customer
            {
                [Pii(Category.Contact, Purpose = Purpose.Account, Retention = "P1Y")]
                public string Email { get; set; } = "";
            }
        }
        """;

    private static readonly CSharpParseOptions CSharp73 = new(LanguageVersion.CSharp7_3);

    private static (Compilation Output, string Api) Generate(CSharpCompilation compilation, CSharpParseOptions parseOptions)
    {
        var driver = CSharpGeneratorDriver.Create(
            new[] { new InventoryGenerator().AsSourceGenerator() },
            parseOptions: parseOptions,
            optionsProvider: new TestOptionsProvider(new Dictionary<string, string> { ["MSBuildProjectDirectory"] = "/src" }));
        var run = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        var api = run.GetRunResult().GeneratedTrees.Single(t => t.FilePath.EndsWith("PiiGuard.DataInventory.g.cs", StringComparison.Ordinal)).ToString();
        return (output, api);
    }

    private static CSharpCompilation Library(string name, CSharpParseOptions parseOptions, string source, params MetadataReference[] references) =>
        CSharpCompilation.Create(
            name,
            new[] { CSharpSyntaxTree.ParseText(source, parseOptions, path: "/src/" + name + ".cs") },
            TestReferences.Default.All.AddRange(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    [Fact]
    public void GeneratedApi_CompilesAtCSharp73_AsInANetStandard20Library()
    {
        var (output, api) = Generate(Library("Models", CSharp73, Model), CSharp73);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.DoesNotContain("#nullable", api, StringComparison.Ordinal);
        Assert.DoesNotContain("string?", api, StringComparison.Ordinal);
        Assert.Contains("namespace PiiGuard.Generated.Models", api, StringComparison.Ordinal);
    }

    [Fact]
    public void FriendAssemblies_BothWithAnInventory_NoCS0436()
    {
        // Models lets App see its internals; both generate an inventory, and App uses both.
        var (models, _) = Generate(Library("Models", CSharp73, Model.Replace("[assembly: PiiHomeRegion(\"EU\")]", "[assembly: PiiHomeRegion(\"EU\")]\n[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"App\")]", StringComparison.Ordinal)), CSharp73);
        using var stream = new System.IO.MemoryStream();
        var emitted = models.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var reference = MetadataReference.CreateFromImage(stream.ToArray());
        var app = """
            using PiiGuard;
            namespace App
            {
                public class Order
                {
                    [Pii(Category.Name, Purpose = Purpose.ServiceDelivery)]
                    public string Name { get; set; } = "";

                    public int Count() => PiiGuard.Generated.App.DataInventory.Items.Count + PiiGuard.Generated.Models.DataInventory.Items.Count;
                }
            }
            """;
        var (output, _) = Generate(Library("App", TestProject.ParseOptions, app, reference), TestProject.ParseOptions);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    // The items are one encoded string constant decoded on first use (InventoryEmitter.AppendItems): at run time every
    // field is exactly what was declared — nulls, empty texts, the encoding's own ';' and digits, quotes, line breaks,
    // lone surrogates, texts shared between items, recipients and access grants.
    [Fact]
    public void GeneratedApi_ItemsDecodedAtRunTime_ExactlyAsDeclared()
    {
        const string tricky = "3;x \"q\" \\ ; 12; line\nbreak \ud800 lone \ud83d\ude00 pair";
        var model = $$"""
            using PiiGuard;

            namespace Models
            {
                public class Customer
                {
                    [Pii(Category.Contact, Purpose = Purpose.Account | Purpose.Marketing, Description = {{ExportTests.Literal(tricky)}}, Retention = "P1Y",
                         RetentionFrom = "", LegalBasis = LegalBasis.Contract, Sold = true, DisclosedTo = new[] { "Courier", "3;" },
                         DataSubject = "Customers", Group = "Contact details", StoredIn = "Orders DB")]
                    [PiiAccess("Support", PiiOperation.Access | PiiOperation.Edit)]
                    [PiiAccess("2;Ops", PiiOperation.Delete)]
                    public string Email { get; set; } = "";

                    [Pii(Category.Name, Purpose = Purpose.Account, Group = "Contact details")]
                    public string Name { get; set; } = "";
                }
            }
            """;
        var (output, _) = Generate(Library("Models", CSharp73, model), CSharp73);
        using var stream = new System.IO.MemoryStream();
        var emitted = output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));

        var inventory = System.Reflection.Assembly.Load(stream.ToArray()).GetType("PiiGuard.Generated.Models.DataInventory", throwOnError: true)!;
        var items = (IReadOnlyList<PiiGuard.Inventory.DataItem>)inventory.GetProperty("Items")!.GetValue(null)!;
        Assert.Same(items, inventory.GetProperty("Items")!.GetValue(null));
        Assert.Equal(new[] { "Email", "Name" }, items.Select(i => i.Member));

        var email = items[0];
        Assert.Equal(("Models", "Models.Customer", "Email"), (email.Assembly, email.Type, email.Member));
        Assert.Equal(PiiGuard.Category.Contact, email.Category);
        Assert.Equal(PiiGuard.Purpose.Account | PiiGuard.Purpose.Marketing, email.Purpose);
        Assert.Equal(tricky, email.Description);
        Assert.Equal(("P1Y", ""), (email.Retention, email.RetentionFrom));
        Assert.Equal(PiiGuard.LegalBasis.Contract, email.LegalBasis);
        Assert.True(email.Sold);
        Assert.False(email.Shared);
        Assert.Equal(new[] { "Courier", "3;" }, email.DisclosedTo);
        Assert.Equal(("Customers", "Contact details", "Orders DB"), (email.DataSubject, email.Group, email.StoredIn));
        Assert.Equal(
            new[] { ("2;Ops", PiiGuard.PiiOperation.Delete), ("Support", PiiGuard.PiiOperation.Access | PiiGuard.PiiOperation.Edit) },
            email.Access.Select(a => (a.Role, a.Operations)).OrderBy(a => a.Role, StringComparer.Ordinal));

        var name = items[1];
        Assert.Equal((PiiGuard.Category.Name, "Contact details"), (name.Category, name.Group));
        Assert.Null(name.Description);
        Assert.Null(name.Retention);
        Assert.Null(name.StoredIn);
        Assert.Empty(name.DisclosedTo);
        Assert.Empty(name.Access);
    }

    [Theory]
    [InlineData("Shop", "PiiGuard.Generated.Shop")]
    [InlineData("Contoso.Shop.Models", "PiiGuard.Generated.Contoso.Shop.Models")]
    [InlineData("my-app.2nd.class", "PiiGuard.Generated.my_app._2nd.@class")]
    public void Namespace_DerivedFromTheAssemblyName(string assembly, string expected) =>
        Assert.Equal(expected, InventoryEmitter.NamespaceFor(assembly));
}
