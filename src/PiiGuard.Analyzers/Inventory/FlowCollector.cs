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

        var analysis = new FlowAnalysis(new PiiModel(compilation, known, settings.HomeRegionProperty), new FlowOptionsCache(options));
        var flows = new HashSet<FlowSpec>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var semanticModel = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes().OfType<MemberDeclarationSyntax>())
            {
                if (node is not (BaseMethodDeclarationSyntax or PropertyDeclarationSyntax or IndexerDeclarationSyntax or EventDeclarationSyntax))
                {
                    continue;
                }

                foreach (var (owner, body) in Bodies(semanticModel, node, cancellationToken))
                {
                    var callers = owner is IMethodSymbol method ? ImmutableStack.Create(method.OriginalDefinition) : ImmutableStack<IMethodSymbol>.Empty;
                    var walker = new FlowWalker(analysis, owner, tree, callers, report: null, cancellationToken, observe: (sink, fact, location) =>
                    {
                        flows.Add(new FlowSpec(fact.Member, sink.Kind.ToString(), sink.Display, sink.Destination?.Region, Where(location, settings.ProjectDirectory)));
                    });
                    walker.Analyze(body);
                }
            }
        }

        return flows
            .OrderBy(f => f.Item, StringComparer.Ordinal)
            .ThenBy(f => f.Kind, StringComparer.Ordinal)
            .ThenBy(f => f.Sink, StringComparer.Ordinal)
            .ThenBy(f => f.Location, StringComparer.Ordinal)
            .ToEquatableArray();
    }

    private static IEnumerable<(ISymbol Owner, IOperation Body)> Bodies(SemanticModel model, MemberDeclarationSyntax node, CancellationToken cancellationToken)
    {
        var bodies = node switch
        {
            BaseMethodDeclarationSyntax method => new SyntaxNode?[] { method },
            PropertyDeclarationSyntax property => property.AccessorList?.Accessors.Cast<SyntaxNode?>().Append(property.ExpressionBody).ToArray() ?? new SyntaxNode?[] { property.ExpressionBody },
            IndexerDeclarationSyntax indexer => indexer.AccessorList?.Accessors.Cast<SyntaxNode?>().ToArray() ?? Array.Empty<SyntaxNode?>(),
            EventDeclarationSyntax @event => @event.AccessorList?.Accessors.Cast<SyntaxNode?>().ToArray() ?? Array.Empty<SyntaxNode?>(),
            _ => Array.Empty<SyntaxNode?>(),
        };

        foreach (var syntax in bodies)
        {
            if (syntax is null || (model.GetDeclaredSymbol(syntax, cancellationToken) ?? model.GetDeclaredSymbol(node, cancellationToken)) is not { } symbol)
            {
                continue;
            }

            var body = FlowAnalysis.BodyOf(model.GetOperation(syntax, cancellationToken));
            if (body is not null)
            {
                yield return (symbol, body);
            }
        }
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
