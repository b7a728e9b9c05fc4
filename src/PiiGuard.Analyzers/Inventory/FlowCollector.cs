using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Analyzers.Model;

namespace PiiGuard.Analyzers.Inventory;

/// <summary>
/// Runs the analyzer's flow engine over every method of a compilation and records where each declared item goes —
/// covered or not — for the inventory's flows section. Used in full builds only.
/// </summary>
internal static class FlowCollector
{
    public static EquatableArray<FlowSpec> Collect(Compilation compilation, AnalyzerConfigOptionsProvider options, InventoryOptions settings, CancellationToken cancellationToken)
    {
        if (KnownTypes.TryCreate(compilation) is not { } known)
        {
            return EquatableArray<FlowSpec>.Empty;
        }

        var relevance = PiiRelevance.Compute(compilation, known.Pii, cancellationToken);
        if (relevance.IsEmpty)
        {
            return EquatableArray<FlowSpec>.Empty;
        }

        var analysis = new FlowAnalysis(new PiiModel(compilation, known, settings.HomeRegionProperty), new FlowOptionsCache(options), relevance);
        var flows = new HashSet<FlowSpec>();

        // The same bodies the analyzer walks, and only those that can touch declared data: the rest are never bound.
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SemanticModel? semanticModel = null;
            foreach (var codeBlock in FlowBodies.CodeBlocks(tree.GetRoot(cancellationToken)))
            {
                if (!relevance.IsRelevant(codeBlock))
                {
                    continue;
                }

                semanticModel ??= compilation.GetSemanticModel(tree);
                if (FlowBodies.Owner(semanticModel, codeBlock, cancellationToken) is not { } owner)
                {
                    continue;
                }

                var bodies = FlowBodies.Of(semanticModel, codeBlock, owner, cancellationToken);
                if (bodies.IsEmpty)
                {
                    continue;
                }

                var walker = new FlowWalker(analysis, owner, tree, FlowBodies.Callers(owner), report: null, cancellationToken, observe: (sink, fact, location) =>
                {
                    flows.Add(new FlowSpec(fact.Member, sink.Kind.ToString(), sink.Display, sink.Destination?.Region, Where(location, settings.ProjectDirectory)));
                });
                walker.Analyze(bodies);
            }
        }

        return flows
            .OrderBy(f => f.Item, StringComparer.Ordinal)
            .ThenBy(f => f.Kind, StringComparer.Ordinal)
            .ThenBy(f => f.Sink, StringComparer.Ordinal)
            .ThenBy(f => f.Location, StringComparer.Ordinal)
            .ToEquatableArray();
    }

    private static string Where(Location location, string? projectDirectory)
    {
        var span = location.GetLineSpan();
        var path = span.Path ?? string.Empty;
        if (projectDirectory is { Length: > 0 } root)
        {
            var normalizedRoot = root.Replace('\\', '/').TrimEnd('/') + "/";
            var normalizedPath = path.Replace('\\', '/');
            path = normalizedPath.StartsWith(normalizedRoot, StringComparison.Ordinal) ? normalizedPath.Substring(normalizedRoot.Length) : System.IO.Path.GetFileName(path);
        }
        else
        {
            path = System.IO.Path.GetFileName(path);
        }

        return path + ":" + (span.StartLinePosition.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
