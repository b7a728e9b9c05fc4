using System;
using System.Linq;
using System.Text;
using Xunit;

namespace PiiGuard.Tests.Robustness;

/// <summary>
/// Inputs built to break analyzers: each must finish without a crash, and where data flows, still be followed. The
/// time limits here only catch hangs; speed is measured in bench/, not asserted in tests.
/// </summary>
public sealed class PathologicalInputTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(3); // catches hangs only; CI runs both test projects at once on 2 cores

    private const string Header = """
        using System;
        using Microsoft.Extensions.Logging;
        using PiiGuard;
        public class Customer { [Pii(Category.Contact, Purpose = Purpose.ServiceDelivery)] public string Email { get; set; } = ""; }

        """;

    [Fact]
    public void Concatenation_5000Terms_StillFollowed()
    {
        var terms = string.Join(" + ", Enumerable.Range(0, 5000).Select(i => i == 2500 ? "c.Email" : $"\"t{i}\""));
        var outcome = RobustnessRunner.Run(new[] { ("Concat.cs", Header + $"class S {{ void Run(ILogger l, Customer c) {{ var s = {terms}; l.LogInformation(s); }} }}") });
        Assert.Contains(outcome.Diagnostics, d => d.Id == "PII0101");
        Assert.True(outcome.Elapsed < HangGuard, outcome.Elapsed.ToString());
    }

    [Fact]
    public void NestedLambdas_200Deep_NoCrash()
    {
        var body = "c.Email";
        for (var i = 0; i < 200; i++)
        {
            body = $"((Func<string>)(() => {body}))()";
        }

        var outcome = RobustnessRunner.Run(new[] { ("Lambdas.cs", Header + $"class S {{ void Run(ILogger l, Customer c) {{ var s = {body}; l.LogInformation(s); }} }}") });
        Assert.True(outcome.Elapsed < HangGuard, outcome.Elapsed.ToString());
    }

    [Fact]
    public void NestedExpressions_200Deep_NoCrash()
    {
        var expression = "c.Email";
        for (var i = 0; i < 200; i++)
        {
            expression = i % 2 == 0 ? $"(flag ? {expression} : \"x\")" : $"({expression} ?? \"y\")";
        }

        var outcome = RobustnessRunner.Run(new[] { ("Nested.cs", Header + $"class S {{ void Run(ILogger l, Customer c, bool flag) {{ l.LogInformation({expression}); }} }}") });
        Assert.True(outcome.Elapsed < HangGuard, outcome.Elapsed.ToString());
    }

    [Fact]
    public void UnboundMemberChain_2000Long_NoCrash()
    {
        // A value whose type does not bind (Missing.Create), read through 2,000 members: the walker's type recovery
        // follows a bounded chain, never the whole one.
        var chain = "r" + string.Concat(Enumerable.Repeat(".Next", 2000));
        var outcome = RobustnessRunner.Run(new[] { ("Chain.cs", Header + $"class S {{ async System.Threading.Tasks.Task Run(ILogger l, Customer c) {{ var r = await System.Threading.Tasks.Task.FromResult(Missing.Create(c.Email)); l.LogInformation({chain}); l.LogInformation(r.Value); }} }}") });
        Assert.True(outcome.Elapsed < HangGuard, outcome.Elapsed.ToString());
    }

    [Fact]
    public void Method_10000Lines_NoCrash()
    {
        var body = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            body.Append("        var v").Append(i).Append(" = ").Append(i % 100 == 0 ? "c.Email" : "\"x\"").Append(" + ").Append(i).Append(";\n");
            if (i % 500 == 0)
            {
                body.Append("        l.LogInformation(v").Append(i).Append(");\n");
            }
        }

        // #nullable disable: the compiler's own nullable analysis of 10,000 locals costs several times what PiiGuard does;
        // this test is about PiiGuard staying near-linear on a long method, not about the compiler.
        var outcome = RobustnessRunner.Run(new[] { ("Long.cs", "#nullable disable\n" + Header + "class S { void Run(ILogger l, Customer c) {\n" + body + "    } }") });
        Assert.Contains(outcome.Diagnostics, d => d.Id == "PII0101");
        Assert.True(outcome.Elapsed < HangGuard, outcome.Elapsed.ToString());
    }

    [Fact]
    public void RecursiveAndMutuallyRecursiveTypes_Destructured_ReportedOnce()
    {
        var outcome = RobustnessRunner.Run(new[] { ("Recursive.cs", Header + """
            public class Node { [Pii(Category.Name)] public string Name { get; set; } = ""; public Node? Next { get; set; } public Node[] Children { get; set; } = Array.Empty<Node>(); }
            public class Ping { [Pii(Category.Contact)] public string A { get; set; } = ""; public Pong? Other { get; set; } }
            public class Pong { [Pii(Category.Contact)] public string B { get; set; } = ""; public Ping? Other { get; set; } }
            public record Tree([property: Pii(Category.Name)] string Label, Tree? Left, Tree? Right);
            class S
            {
                void Run(ILogger l, Node n, Ping p, Tree t)
                {
                    l.LogInformation("{@Node}", n);
                    l.LogInformation("{@Ping}", p);
                    l.LogInformation("{Tree}", t);
                }
            }
            """) });
        var logged = outcome.Diagnostics.Where(d => d.Id == "PII0103").Select(d => d.GetMessage()).ToList();
        Assert.Single(logged, m => m.Contains("'Node.Name'", StringComparison.Ordinal));
        Assert.Single(logged, m => m.Contains("Pong.B", StringComparison.Ordinal));
        Assert.Single(logged, m => m.Contains("'Tree.Label'", StringComparison.Ordinal));
    }

    [Fact]
    public void GenericCycles_NoCrash()
    {
        RobustnessRunner.Run(new[] { ("Generic.cs", Header + """
            public class G<T> { [Pii(Category.Name)] public string Name { get; set; } = ""; public G<G<T>>? Inner { get; set; } public T? Value { get; set; } }
            public class Self<T> where T : Self<T> { [Pii(Category.Name)] public string Name { get; set; } = ""; public T? Me { get; set; } }
            public class Leaf : Self<Leaf> { }
            class S
            {
                void Run(ILogger l, G<int> g, Leaf leaf)
                {
                    l.LogInformation("{@G}", g);
                    l.LogInformation("{@Leaf}", leaf);
                    System.Text.Json.JsonSerializer.Serialize(g);
                }
            }
            """) });
    }

    [Fact]
    public void PartialClassOver60Files_AllItemsInventoried()
    {
        var files = Enumerable.Range(0, 60).Select(i => ($"Part{i}.cs",
            $"using PiiGuard; public partial class Profile {{ [Pii(Category.Contact, Purpose = Purpose.Account)] public string Field{i:D2} {{ get; set; }} = \"\"; }}")).ToList();
        var outcome = RobustnessRunner.Run(files);
        var api = outcome.Generated.GeneratedTrees.Single(t => t.FilePath.EndsWith("PiiGuard.DataInventory.g.cs", StringComparison.Ordinal)).ToString();
        // Each member is a text of the items' data: its length, ';', the name (InventoryEmitter.AppendItems).
        Assert.Equal(60, Enumerable.Range(0, 60).Count(i => api.Contains($"7;Field{i:D2}", StringComparison.Ordinal)));
    }

    [Fact]
    public void HelperChainBeyondTheDepthCap_AndRecursion_NoCrash()
    {
        var helpers = string.Concat(Enumerable.Range(0, 30).Select(i => $"    string H{i}(string v) => {(i == 29 ? "v" : $"H{i + 1}(v)")};\n"));
        RobustnessRunner.Run(new[] { ("Chain.cs", Header + "class S {\n" + helpers + """
                string Loop(string v, int n) => n == 0 ? v : Loop(v + "!", n - 1);
                void Run(ILogger l, Customer c) { l.LogInformation(H0(c.Email)); l.LogInformation(Loop(c.Email, 3)); }
            }
            """) });
    }

    [Theory]
    [InlineData(40, 2)]
    [InlineData(100, 10)]
    [InlineData(400, 10)]
    public void FanOutHelpers_EachCallingTheNextTen_LeakAtTheEndStillReported(int helpers, int fanOut)
    {
        // H0 calls H1..H10, each of which calls the next ten, …: exponential paths, linear methods. Every helper is
        // summarised once; the value reaches the log at the bottom through the whole chain.
        var code = new StringBuilder(Header + "class S {\n    private readonly ILogger l = null!;\n");
        for (var i = 0; i < helpers; i++)
        {
            var callees = Enumerable.Range(i + 1, fanOut).Where(j => j < helpers).Select(j => $"H{j}(v);").ToList();
            code.Append("    void H").Append(i).Append("(string v) { ").Append(callees.Count == 0 ? "l.LogInformation(v);" : string.Concat(callees)).Append(" }\n");
        }

        code.Append("    void Run(Customer c) => H0(c.Email);\n}\n");
        var outcome = RobustnessRunner.Run(new[] { ("FanOut.cs", code.ToString()) });
        Assert.Contains(outcome.Diagnostics, d => d.Id == "PII0101" && d.GetMessage().Contains("Customer.Email", StringComparison.Ordinal));
        Assert.True(outcome.Elapsed < HangGuard, outcome.Elapsed.ToString());
    }

    [Fact]
    public void FieldsFedFromEachOther_12Writers_EachReadingAll_LeakStillReported()
    {
        // Each writer of a field reads every other field: the writers form one big cycle, and the paths through them grow
        // with the factorial of their number. Each writer must be walked a bounded number of times, and the data put in the
        // first field still reaches the log through the last.
        const int Fields = 12;
        var code = new StringBuilder(Header + "class Store\n{\n    private readonly ILogger l = null!;\n");
        for (var i = 0; i < Fields; i++)
        {
            code.Append("    private string f").Append(i).Append(" = \"\";\n");
        }

        code.Append("    public void Put(Customer c) { f0 = c.Email; }\n");
        for (var i = 1; i < Fields; i++)
        {
            code.Append("    public void W").Append(i).Append("() { f").Append(i).Append(" = ")
                .Append(string.Join(" + ", Enumerable.Range(0, Fields).Where(j => j != i).Select(j => $"f{j}"))).Append("; }\n");
        }

        code.Append("    public void Flush() => l.LogInformation(f").Append(Fields - 1).Append(");\n}\n");
        LeakReportedWithinTheGuard("Store.cs", code.ToString());
    }

    [Fact]
    public void ObjectInitializersNamingTheTypesOwnMembers_AreNotWrites_LeakStillReported()
    {
        // A request model copying its members into new objects (`new Entity { Name = Name, … }`, as API models do): the
        // initializer's `Name = …` sets the new object's member, so those methods are not writers of the model's own
        // members (they were, and each read the others: a real API project's build did not finish in audit mode).
        const int Members = 12;
        var names = Enumerable.Range(0, Members).Select(i => $"P{i}").ToList();
        var code = new StringBuilder(Header + "public class Entity\n{\n");
        foreach (var name in names)
        {
            code.Append("    public string ").Append(name).Append(" { get; set; } = \"\";\n");
        }

        code.Append("}\nclass RequestModel\n{\n    private readonly ILogger l = null!;\n");
        foreach (var name in names)
        {
            code.Append("    private string ").Append(name).Append(" = \"\";\n");
        }

        code.Append("    public void Put(Customer c) { P0 = c.Email; }\n");
        for (var i = 0; i < Members; i++)
        {
            code.Append("    public Entity To").Append(i).Append("() => new Entity { ").Append(string.Join(", ", names.Select(n => $"{n} = {n}"))).Append(" };\n");
        }

        code.Append("    public void Flush() => l.LogInformation(P0);\n}\n");
        LeakReportedWithinTheGuard("Request.cs", code.ToString());
    }

    // The e-mail logged (PII0101), and the analysis done within the hang guard: cancelled there, so a regression fails
    // instead of hanging the run.
    private static void LeakReportedWithinTheGuard(string path, string code)
    {
        using var hang = new System.Threading.CancellationTokenSource(HangGuard);
        var outcome = RobustnessRunner.Run(new[] { (path, code) }, cancellationToken: hang.Token);
        Assert.Contains(outcome.Diagnostics, d => d.Id == "PII0101" && d.GetMessage().Contains("Customer.Email", StringComparison.Ordinal));
        Assert.True(outcome.Elapsed < HangGuard, outcome.Elapsed.ToString());
    }

    [Fact]
    public void Layers_8x100_FanOut4_LeakAtTheBottomReported()
    {
        var code = new StringBuilder(Header);
        for (var layer = 0; layer < 8; layer++)
        {
            code.Append("static class L").Append(layer).Append(" {\n");
            for (var m = 0; m < 100; m++)
            {
                var body = layer == 7
                    ? "Sink.Log.LogInformation(v);"
                    : string.Concat(Enumerable.Range(0, 4).Select(k => $"L{layer + 1}.M{(m * 4 + k) % 100}(v);"));
                code.Append("    public static void M").Append(m).Append("(string v) { ").Append(body).Append(" }\n");
            }

            code.Append("}\n");
        }

        code.Append("static class Sink { public static ILogger Log = null!; }\nclass App { void Run(Customer c) => L0.M0(c.Email); }\n");
        var outcome = RobustnessRunner.Run(new[] { ("Layers.cs", code.ToString()) });
        Assert.Contains(outcome.Diagnostics, d => d.Id == "PII0101" && d.GetMessage().Contains("Customer.Email", StringComparison.Ordinal));
        Assert.True(outcome.Elapsed < HangGuard, outcome.Elapsed.ToString());
    }

    [Fact]
    public void ExpressionBuildingMethod_LoopsAndLambdasNested_StillFollowed()
    {
        // The shape of an EF query builder: a switch in a loop, each case nesting lambdas in loops in lambdas.
        var cases = new StringBuilder();
        for (var i = 0; i < 120; i++)
        {
            cases.Append("            case ").Append(i).Append(": foreach (var f in filters) { foreach (var g in filters) { q = q.Where(x => x.Length > ")
                .Append(i).Append(" && filters.Any(y => filters.Select(z => z + y).Contains(x))); } } break;\n");
        }

        var source = Header + "using System.Linq; using System.Collections.Generic;\nclass Q {\n    IEnumerable<string> Build(ILogger l, Customer c, string[] filters, int kind) {\n" +
            "        IEnumerable<string> q = filters;\n        for (var round = 0; round < 3; round++) { while (kind > 0) { switch (kind) {\n" + cases +
            "        } kind--; } }\n        l.LogInformation(c.Email);\n        return q;\n    }\n}\n";
        var outcome = RobustnessRunner.Run(new[] { ("Query.cs", source) });
        Assert.Contains(outcome.Diagnostics, d => d.Id == "PII0101");
        Assert.True(outcome.Elapsed < HangGuard, outcome.Elapsed.ToString());
    }

    [Fact]
    public void NestingBeyondWhatTheWalkerFollows_IsReportedAsCut_NotSilently()
    {
        var expression = "c.Email";
        for (var i = 0; i < 450; i++)
        {
            expression = $"(flag ? {expression} : \"x\")";
        }

        var outcome = RobustnessRunner.Run(new[] { ("Deep.cs", Header + $"class S {{ void Deep(ILogger l, Customer c, bool flag) {{ l.LogInformation({expression}); }} void Shallow(ILogger l, Customer c) {{ l.LogInformation(c.Email); }} }}") });
        var cut = Assert.Single(outcome.Diagnostics, d => d.Id == "PII0903");
        Assert.Contains("S.Deep(ILogger, Customer, bool)", cut.GetMessage(), StringComparison.Ordinal);
        Assert.Contains(outcome.Diagnostics, d => d.Id == "PII0101" && d.GetMessage().Contains("Customer.Email", StringComparison.Ordinal));
    }

    [Fact]
    public void Cancellation_DuringGeneratorAndAnalysis_Throws()
    {
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => RobustnessRunner.Run(new[] { ("A.cs", Header) }, cancellationToken: cancelled.Token));
    }
}
