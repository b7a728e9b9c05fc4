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
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

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

        var outcome = RobustnessRunner.Run(new[] { ("Long.cs", Header + "class S { void Run(ILogger l, Customer c) {\n" + body + "    } }") });
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
        Assert.Single(logged, m => m.Contains("'Pong.B'", StringComparison.Ordinal));
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
        Assert.Equal(60, Enumerable.Range(0, 60).Count(i => api.Contains($"\"Field{i:D2}\"", StringComparison.Ordinal)));
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

    [Fact]
    public void Cancellation_DuringGeneratorAndAnalysis_Throws()
    {
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => RobustnessRunner.Run(new[] { ("A.cs", Header) }, cancellationToken: cancelled.Token));
    }
}
