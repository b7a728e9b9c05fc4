using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Analyzers.Model;

namespace PiiGuard.Benchmarks;

/// <summary>
/// <c>--real &lt;folder&gt; --relevance</c>: no timing; for each measured project, how many code blocks the relevance
/// filter selects, and which data name and which sink name make them relevant (the first of each in the block). To see
/// what would have to be narrowed to bind fewer bodies.
/// </summary>
internal static class RelevanceReport
{
    public static void Print(string project, Compilation compilation, string projectDirectory, string homeRegion)
    {
        if (KnownTypes.TryCreate(compilation) is not { } known)
        {
            Console.WriteLine($"{project}: PiiGuard not referenced");
            return;
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var relevance = PiiRelevance.Compute(compilation, known.Pii, CancellationToken.None, new FlowOptionsCache(GlobalOptionsProvider.ForBuild(projectDirectory, homeRegion, RealCode.Audit)), RealCode.Audit);
        var computed = watch.Elapsed.TotalMilliseconds;
        int blocks = 0, relevant = 0;
        var dataNames = new Dictionary<string, int>(StringComparer.Ordinal);
        var sinkNames = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var block in FlowBodies.CodeBlocks(tree.GetRoot()))
            {
                blocks++;
                if (!relevance.IsRelevant(block))
                {
                    continue;
                }

                relevant++;
                var identifiers = block.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText).ToList();
                var data = identifiers.FirstOrDefault(relevance.Names.Contains) ?? "(holder type's own code)";
                var sink = identifiers.FirstOrDefault(relevance.IsSinkName) ?? "(exception)";
                dataNames[data] = dataNames.GetValueOrDefault(data) + 1;
                sinkNames[sink] = sinkNames.GetValueOrDefault(sink) + 1;
            }
        }

        Console.WriteLine($"{project}: {relevant} of {blocks} code blocks relevant; {relevance.Names.Count} data names, {relevance.HolderTypes.Count} holder types, {relevance.SinkNames.Count} sink names; computed in {computed:F0} ms (first time for these trees)");
        if (Environment.GetEnvironmentVariable("PIIGUARD_RELEVANCE_HOLDERS") is not null)
        {
            Console.WriteLine("  holder types: " + string.Join(", ", relevance.HolderTypes.OrderBy(n => n, StringComparer.Ordinal)));
        }

        Console.WriteLine("  data names: " + string.Join(", ", dataNames.OrderByDescending(p => p.Value).Take(25).Select(p => $"{p.Key} {p.Value}")));
        Console.WriteLine("  sink names: " + string.Join(", ", sinkNames.OrderByDescending(p => p.Value).Take(25).Select(p => $"{p.Key} {p.Value}")));
    }
}
