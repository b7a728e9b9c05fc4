using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Tests.Infrastructure;
using Xunit;
using static PiiGuard.Tests.Inventory.InventoryTestHelper;

namespace PiiGuard.Tests.Inventory;

/// <summary>
/// The analyzer and the map share one definition of "declared item" and "walkable body": what the analyzer reports,
/// the map lists. Each case here once drifted (issue 11): a subclass of a type-level [Pii] type, top-level statements,
/// field and property initializers, constructor initializers.
/// </summary>
public sealed class DriftTests
{
    private const string Models = """
        using PiiGuard;
        [Pii(Category.Contact, Purpose = Purpose.Account)]
        public class Contact { public string Email { get; set; } = ""; }
        public class VipContact : Contact { public string Phone { get; set; } = ""; }
        public class Customer { [Pii(Category.Name, Purpose = Purpose.Account)] public string Name { get; set; } = ""; }
        public class Guest { [Pii(Category.Name)] public string Nickname { get; set; } = ""; }
        """;

    [Fact]
    public void SubclassOfTypeLevelPii_ItsOwnMembersAreReportedAndListed()
    {
        var flows = Analyze(("Models.cs", Models), ("Log.cs", """
            using Microsoft.Extensions.Logging;
            public class Audit { public void Run(ILogger l, VipContact v) => l.LogInformation(v.Phone); }
            """));
        Assert.Contains(flows.Diagnostics, d => d.Id == "PII0101" && d.GetMessage().Contains("VipContact.Phone", StringComparison.Ordinal));
        Assert.Contains("| VipContact.Phone |", flows.Map.Markdown, StringComparison.Ordinal);
        Assert.Contains("| VipContact.Phone | Log |", flows.Map.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void TopLevelStatements_ReportedAndInTheMap()
    {
        var flows = Analyze(OutputKind.ConsoleApplication, ("Models.cs", Models), ("Program.cs", """
            using Microsoft.Extensions.Logging;
            ILogger logger = null!;
            var customer = new Customer();
            logger.LogInformation(customer.Name);
            """));
        Assert.Contains(flows.Diagnostics, d => d.Id == "PII0101" && d.Location.GetLineSpan().Path.EndsWith("Program.cs", StringComparison.Ordinal));
        Assert.Contains("| Customer.Name | Log | ILogger.LogInformation |  | Program.cs:4 |", flows.Map.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void FieldAndPropertyInitializers_ReportedAndInTheMap()
    {
        var flows = Analyze(("Models.cs", Models), ("Init.cs", """
            public class Snapshot
            {
                private static readonly Guest Sample = new();
                private readonly string json = System.Text.Json.JsonSerializer.Serialize(Sample.Nickname), plain = "x";
                public string Copy { get; } = Newtonsoft.Json.JsonConvert.SerializeObject(Sample.Nickname);
            }
            """));
        Assert.Equal(2, flows.Diagnostics.Count(d => d.Id == "PII0201"));
        Assert.Contains("| Guest.Nickname | Serialize | JsonSerializer.Serialize |  | Init.cs:4 |", flows.Map.Markdown, StringComparison.Ordinal);
        Assert.Contains("| Guest.Nickname | Serialize | JsonConvert.SerializeObject |  | Init.cs:5 |", flows.Map.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ConstructorInitializer_ReportedAndInTheMap()
    {
        var flows = Analyze(("Models.cs", Models), ("Ctor.cs", """
            public class Envelope { public Envelope(string body) { } }
            public class CustomerEnvelope : Envelope
            {
                public CustomerEnvelope(Guest g) : base(System.Text.Json.JsonSerializer.Serialize(g.Nickname)) { }
            }
            """));
        Assert.Contains(flows.Diagnostics, d => d.Id == "PII0201");
        Assert.Contains("| Guest.Nickname | Serialize | JsonSerializer.Serialize |  | Ctor.cs:4 |", flows.Map.Markdown, StringComparison.Ordinal);
    }

    private sealed record Outcome(ImmutableArray<Diagnostic> Diagnostics, Result Map);

    private static Outcome Analyze(params (string Path, string Text)[] sources) => Analyze(OutputKind.DynamicallyLinkedLibrary, sources);

    private static Outcome Analyze(OutputKind kind, params (string Path, string Text)[] sources)
    {
        var compilation = Compile(sources).WithOptions(new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var diagnostics = compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PiiFlowAnalyzer()), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestOptionsProvider(new Dictionary<string, string>())))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return new Outcome(diagnostics, Run(compilation));
    }
}
