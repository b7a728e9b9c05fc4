using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Tests.Inventory;
using PiiGuard.Tests.Infrastructure;
using Xunit;

namespace PiiGuard.Tests.Analyzers.Flow;

/// <summary>
/// PiiRelevance decides which bodies the analyzer and the generator bind at all: nothing in a project that declares
/// nothing, and in a project that does, only the bodies a name can bring declared data into.
/// </summary>
public sealed class RelevanceTests
{
    private const string Service = """
        using Microsoft.Extensions.Logging;
        public class Plain { public string Name { get; set; } = ""; }
        public class Service
        {
            public void Log(ILogger l, Plain p) => l.LogInformation("{Name}", p.Name);
            public int Count(int[] values) { var n = 0; foreach (var v in values) { n += v; } return n; }
        }
        """;

    private const string Model = """
        using System.Threading.Tasks;
        using PiiGuard;
        public class Customer { [Pii(Category.Contact, Purpose = Purpose.Account)] public string Email { get; set; } = ""; }
        public class Order { public Customer Buyer { get; set; } = new(); }
        public class Repository { public Task<Customer> FindAsync(int id) => Task.FromResult(new Customer()); }
        public class Formatter { public static string Contact(Order o) => o.Buyer.Email; }
        """;

    [Fact]
    public void NothingDeclared_NoBodyIsRelevant_AndNoCodeIsGenerated()
    {
        var compilation = Compile(Service);
        var relevance = Relevance(compilation);
        Assert.True(relevance.IsEmpty);
        Assert.DoesNotContain(AllCodeBlocks(compilation), relevance.IsRelevant);
        Assert.Empty(InventoryTestHelper.Run(compilation).Driver.GetRunResult().GeneratedTrees);
    }

    [Fact]
    public void Declared_OnlyBodiesThatCanReachTheData_AreRelevant()
    {
        var compilation = Compile(Service, Model, """
            using Microsoft.Extensions.Logging;
            public class Checkout
            {
                private readonly Repository repository = new();
                public async System.Threading.Tasks.Task Direct(ILogger l, int id) { var c = await repository.FindAsync(id); l.LogInformation(c.Email); }
                public void ThroughHelper(ILogger l, Order o) => l.LogInformation(Formatter.Contact(o));
                public void ViaHelperName(ILogger l) => l.LogInformation(Describe());
                private string Describe() => Formatter.Contact(new Order());
                public int Unrelated(int a, int b) => a + b;
            }
            """);
        var relevance = Relevance(compilation);
        var relevant = AllCodeBlocks(compilation).Where(relevance.IsRelevant).Select(Name).ToList();
        Assert.Contains("Direct", relevant);
        Assert.Contains("ThroughHelper", relevant);
        Assert.Contains("ViaHelperName", relevant);
        Assert.DoesNotContain("Unrelated", relevant);
        Assert.DoesNotContain("Log", relevant);
        Assert.DoesNotContain("Count", relevant);
    }

    [Fact]
    public void Declared_OnlyBodiesThatCanAlsoReachASink_AreRelevant()
    {
        var compilation = Compile(Service, Model, """
            using Microsoft.Extensions.Logging;
            public class Checkout
            {
                public string Label(Order o) => o.Buyer.Email;
                public void Validate(Order o) { if (o.Buyer is null) throw new System.ArgumentNullException(nameof(o)); }
                public void Reject(Order o) => throw new System.InvalidOperationException("bad " + o.Buyer.Email);
                public void ViaHelper(ILogger l, Order o) => Write(l, Formatter.Contact(o));
                private static void Write(ILogger l, string s) => l.LogInformation(s);
            }
            """);
        var relevance = Relevance(compilation);
        var relevant = AllCodeBlocks(compilation).Where(relevance.IsRelevant).Select(Name).ToList();
        Assert.DoesNotContain("Label", relevant);
        Assert.DoesNotContain("Validate", relevant);
        Assert.Contains("Reject", relevant);
        Assert.Contains("ViaHelper", relevant);
        Assert.Contains("Write", relevance.SinkNames);
        Assert.DoesNotContain("Label", relevance.SinkNames);
    }

    [Fact]
    public void Helpers_AreWaysOut_OnlyWhenTheirParametersReachTheirSink()
    {
        // Relay is declared before Note, the helper it calls: it qualifies once Note does.
        var compilation = Compile(Service, Model, """
            using Microsoft.Extensions.Logging;
            public class Sorter
            {
                private readonly ILogger l;
                public Sorter(ILogger l) { this.l = l; }
                public int Compare(string a, string b) { l.LogDebug("comparing"); return string.CompareOrdinal(a, b); }
                public void Relay(string a) { var copy = a; Note(copy); }
                public void Note(string a) { var line = "note " + a; l.LogInformation(line); }
                public string Name { set { l.LogInformation(value); } }
                public string Label { get; set; } = "";
                public void Remember(string a) { Label = a; l.LogInformation("{@Sorter}", this); }
            }
            public class Use
            {
                public int Sort(Customer c, Sorter s) => s.Compare(c.Email, "");
                public void Noted(Customer c, Sorter s) => s.Note(c.Email);
                public void Relayed(Customer c, Sorter s) => s.Relay(c.Email);
                public void Named(Customer c, Sorter s) { s.Name = c.Email; }
            }
            """);
        var relevance = Relevance(compilation);
        Assert.Contains("Note", relevance.SinkNames);
        Assert.Contains("Relay", relevance.SinkNames);
        Assert.Contains("Name", relevance.SinkNames);
        Assert.Contains("Remember", relevance.SinkNames);
        Assert.DoesNotContain("Compare", relevance.SinkNames);
        var relevant = AllCodeBlocks(compilation).Where(relevance.IsRelevant).Select(Name).ToList();
        Assert.Contains("Noted", relevant);
        Assert.Contains("Relayed", relevant);
        Assert.Contains("Named", relevant);
        Assert.DoesNotContain("Sort", relevant);
    }

    [Fact]
    public void HolderTypesOwnCode_IsRelevant_OnlyWhereItsOwnDataCanGetToTheSinkStatement()
    {
        // Code of a holder type reads its data without naming a holder: a bare data member, this, base, ToString().
        var compilation = Compile(Model, """
            using Microsoft.Extensions.Logging;
            public class Member : Customer
            {
                private readonly ILogger l;
                public Member(ILogger l) { this.l = l; }
                public int Visits { get; set; }
                public void Counted() { Visits++; l.LogInformation("visit"); }
                public void NumberLogged() => l.LogInformation("{Visits}", Visits);
                public void Bare() => l.LogInformation("{Email}", Email);
                public void ThroughLocal() { var mail = Email; l.LogInformation(mail); }
                public void Self() => l.LogInformation("{@Me}", this);
                public void Printed() => l.LogInformation(ToString());
                public void Shown() => l.LogInformation("{Who}", base.Email);
            }
            """);
        var relevance = Relevance(compilation);
        Assert.Contains("Member", relevance.HolderTypes);
        var relevant = AllCodeBlocks(compilation).Where(relevance.IsRelevant).Select(Name).ToList();
        Assert.Contains("Bare", relevant);
        Assert.Contains("ThroughLocal", relevant);
        Assert.Contains("Self", relevant);
        Assert.Contains("Printed", relevant);
        Assert.Contains("Shown", relevant);
        Assert.DoesNotContain("Counted", relevant);
        Assert.DoesNotContain("NumberLogged", relevant);
    }

    [Fact]
    public void Helpers_AreDataNames_OnlyWhenTheirCodeHandsDataBack()
    {
        var compilation = Compile(Service, Model, """
            using System.Linq;
            using System.Text.Json;
            using System.Collections.Generic;
            public record Card([property: PiiGuard.Pii(PiiGuard.Category.Payment, Purpose = PiiGuard.Purpose.Payment)] string Number);
            public static class Helpers
            {
                public static string Mail(Order o) => o.Buyer.Email;
                public static string MailOrNone(Customer c) => c?.Email ?? "";
                public static string Rendered(Card c) => $"card {c}";
                public static string Json(Order o) => JsonSerializer.Serialize(o);
                public static string Named(Customer c) { if (c is { Email: var e }) { return e; } return ""; }
                public static IEnumerable<string> All(IEnumerable<Customer> cs) { foreach (var c in cs) { yield return c.Email; } }
                public static bool TryMail(Order o, out string mail) { mail = o.Buyer.Email; return true; }
                public static string Relayed(Order o) => Mail(o).Trim();
                public static string Folder(Order o, string root) => root + "/orders";
                public static string Combined(Order o, string folder) => System.IO.Path.Combine(folder, o.Total.ToString());
                public static string Kind(Order o) => o is null ? "none" : "order";
            }
            """.Replace("o.Total", "o.GetType().Name"));
        var relevance = Relevance(compilation);
        foreach (var handsBack in new[] { "Mail", "MailOrNone", "Rendered", "Json", "Named", "All", "TryMail", "Relayed" })
        {
            Assert.True(relevance.Names.Contains(handsBack), handsBack);
        }

        // Syntax only: o.Buyer.GetHashCode().ToString() would still count (a holder object formatted); these cannot.
        foreach (var clean in new[] { "Folder", "Combined", "Kind" })
        {
            Assert.False(relevance.Names.Contains(clean), clean);
        }
    }

    [Fact]
    public void CatalogueMethodNames_AreWaysOut_OnlyWhereTheirTypeIsReferenced()
    {
        // Stripe's services have List and Create: without Stripe.net, creating a List<string> is no way out.
        const string Report = """
            using System.Collections.Generic;
            public class Report { public int Fill(Customer c) { var names = new List<string> { c.Email }; return names.Count; } }
            """;
        var withStripe = Compile(Model, Report);
        Assert.Contains("List", Relevance(withStripe).SinkNames);

        var withoutStripe = CSharpCompilation.Create(
            "Relevance",
            withStripe.SyntaxTrees,
            TestReferences.Default.All.Where(r => r.Display?.Contains("Stripe", System.StringComparison.Ordinal) != true),
            (CSharpCompilationOptions)withStripe.Options);
        Assert.Null(withoutStripe.GetTypeByMetadataName("Stripe.Service"));
        var relevance = Relevance(withoutStripe);
        Assert.DoesNotContain("List", relevance.SinkNames);
        Assert.DoesNotContain("Fill", AllCodeBlocks(withoutStripe).Where(relevance.IsRelevant).Select(Name));
    }

    [Fact]
    public void DeclaredInAReference_HoldersAndTheirMembersAreRelevant()
    {
        var library = TestProject.CompileLibrary(Model, "Models");
        var compilation = Compile(new[] { """
            using Microsoft.Extensions.Logging;
            public class Api
            {
                public void Show(ILogger l, Order o) => l.LogInformation("{@Order}", o);
                public int Sum(int a, int b) => a + b;
            }
            """ }, library);
        var relevance = Relevance(compilation);
        var relevant = AllCodeBlocks(compilation).Where(relevance.IsRelevant).Select(Name).ToList();
        Assert.Contains("Show", relevant);
        Assert.DoesNotContain("Sum", relevant);
    }

    [Fact]
    public void DeclaredInAProjectReference_ReadFromItsSyntax()
    {
        var library = Compile(Model).WithAssemblyName("ModelProject");
        var compilation = Compile(new[] { """
            using Microsoft.Extensions.Logging;
            public class Api
            {
                public void Show(ILogger l, Order o) => l.LogInformation("{@Order}", o);
                public int Sum(int a, int b) => a + b;
            }
            """ }, library.ToMetadataReference());
        var relevance = Relevance(compilation);
        Assert.True(PiiRelevance.SourceDeclaresPii(library, CancellationToken.None));
        Assert.False(PiiRelevance.SourceDeclaresPii(Compile(Service), CancellationToken.None));
        var relevant = AllCodeBlocks(compilation).Where(relevance.IsRelevant).Select(Name).ToList();
        Assert.Contains("Show", relevant);
        Assert.DoesNotContain("Sum", relevant);
    }

    [Fact]
    // The statement check: data and a sink in the same body are not enough; data must get, statement by statement,
    // through variables, to a statement that names the sink.
    public void Declared_OnlyBodiesWhereDataCanGetToTheSinkStatement_AreRelevant()
    {
        var compilation = Compile(Service, Model, """
            using System.Linq;
            using System.Text;
            using Microsoft.Extensions.Logging;
            public class Checkout
            {
                public void Compared(ILogger l, Order o, string email) { if (o.Buyer.Email == email) { return; } l.LogInformation("done"); }
                public void ValueNotLogged(ILogger l, Customer c) { var ok = c.Email.Length > 3; if (!ok) { l.LogInformation("short"); } }
                public void UndeclaredMember(ILogger l, Order o) { var total = o.Total; l.LogInformation("{Total}", total); }
                public void ThroughLocals(ILogger l, Order o) { var buyer = o.Buyer; var mail = buyer.Email; var line = "to " + mail; l.LogInformation(line); }
                public void ThroughBuilder(ILogger l, Customer c) { var sb = new StringBuilder(); sb.Append(c.Email); l.LogInformation(sb.ToString()); }
                public void ThroughLambda(ILogger l, Order[] orders) { foreach (var e in orders.Select(o => o.Buyer.Email)) { l.LogInformation(e); } }
                public void WholeObject(ILogger l, Order o) { var copy = o; l.LogInformation("{@Order}", copy); }
                public void ThroughField(ILogger l, Customer c) { last = c.Email; l.LogInformation(last); }
                public void Pattern(ILogger l, object x) { if (x is Customer { Email: var e }) { l.LogInformation(e); } }
                public void Generic<T>(ILogger l, T request) where T : Customer => l.LogInformation("{@Request}", request);
                private string last = "";
            }
            """.Replace("public class Order { public Customer Buyer", "public class Order { public int Total { get; set; } public Customer Buyer", System.StringComparison.Ordinal));
        var relevance = Relevance(compilation);
        var relevant = AllCodeBlocks(compilation).Where(relevance.IsRelevant).Select(Name).ToList();
        Assert.DoesNotContain("Compared", relevant);
        Assert.DoesNotContain("ValueNotLogged", relevant);
        Assert.DoesNotContain("UndeclaredMember", relevant);
        Assert.Contains("ThroughLocals", relevant);
        Assert.Contains("ThroughBuilder", relevant);
        Assert.Contains("ThroughLambda", relevant);
        Assert.Contains("WholeObject", relevant);
        Assert.Contains("ThroughField", relevant);
        Assert.Contains("Pattern", relevant);
        Assert.Contains("Generic", relevant);
    }

    [Fact]
    // What a serializer or structured logger prints of an object is its public instance members: a service with a
    // private field of a holder type, a logger of a holder's category, and a configuration class whose base names a
    // holder as a type argument do not hold declared data themselves.
    public void HolderTypes_AreThoseWhosePrintedMembersHoldData()
    {
        var compilation = Compile(Service, Model, """
            using Microsoft.Extensions.Logging;
            public interface IConfiguration<T> { }
            public class CustomerConfiguration : IConfiguration<Customer> { }
            public class Premium : Customer { }
            public class Wrapper { public Customer Inner { get; set; } = new(); }
            public class CustomerService { private readonly Customer current = new(); public static Customer Shared { get; } = new(); }
            public class Handler
            {
                private readonly ILogger<Customer> logger = null!;
                public void Handle(CustomerService service) => logger.LogInformation("{@Service}", service);
            }
            """);
        var relevance = Relevance(compilation);
        Assert.Contains("Customer", relevance.HolderTypes);
        Assert.Contains("Premium", relevance.HolderTypes);
        Assert.Contains("Wrapper", relevance.HolderTypes);
        Assert.Contains("Order", relevance.HolderTypes);
        Assert.DoesNotContain("CustomerConfiguration", relevance.HolderTypes);
        Assert.DoesNotContain("CustomerService", relevance.HolderTypes);
        Assert.DoesNotContain("logger", relevance.ObjectNames);
        var relevant = AllCodeBlocks(compilation).Where(relevance.IsRelevant).Select(Name).ToList();
        Assert.DoesNotContain("Handle", relevant);
    }

    [Fact]
    public void CopyOfTheCompilation_GetsTheSameSets_AnEditedOne_ComputesAgain()
    {
        // An editor request analyses one file on a fresh copy of the compilation: the same trees and references.
        var compilation = Compile(Service, Model);
        var first = Relevance(compilation);
        Assert.Same(first, Relevance(compilation.Clone()));

        var added = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("""
            using PiiGuard;
            namespace Shop;
            public sealed class Visitor { [Pii(Category.Contact)] public string Phone { get; set; } = ""; }
            """, TestProject.ParseOptions, path: "/src/Visitor.cs"));
        var second = Relevance(added);
        Assert.NotSame(first, second);
        Assert.Contains("Visitor", second.HolderTypes);
        Assert.DoesNotContain("Visitor", first.HolderTypes);
    }

    private static Compilation Compile(params string[] sources) => Compile(sources, System.Array.Empty<MetadataReference>());

    private static Compilation Compile(string[] sources, params MetadataReference[] references) =>
        CSharpCompilation.Create(
            "Relevance",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, TestProject.ParseOptions, path: $"/src/File{i}.cs")),
            TestReferences.Default.All.AddRange(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static PiiRelevance Relevance(Compilation compilation) =>
        PiiRelevance.Compute(compilation, compilation.GetTypeByMetadataName("PiiGuard.PiiAttribute")!, CancellationToken.None);

    private static SyntaxNode[] AllCodeBlocks(Compilation compilation) =>
        compilation.SyntaxTrees.SelectMany(t => FlowBodies.CodeBlocks(t.GetRoot())).ToArray();

    private static string Name(SyntaxNode node) => node is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax method
        ? method.Identifier.ValueText
        : node.Kind().ToString();
}
