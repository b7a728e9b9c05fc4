using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PiiGuard.Analyzers.Flow;

/// <summary>
/// The flow engine for one compilation: the declared model, the options, and the cache of helper summaries.
/// Summaries are computed on first use, at most <see cref="MaxDepth"/> helpers deep; recursion stops at the cycle.
/// Only complete summaries are cached, so what a method's callers see never depends on analysis order.
/// </summary>
internal sealed class FlowAnalysis
{
    public const int MaxDepth = 4;

    private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary> summaries = new(SymbolEqualityComparer.Default);

    public FlowAnalysis(PiiModel model, FlowOptionsCache options)
    {
        Model = model;
        Options = options;
    }

    public PiiModel Model { get; }

    public FlowOptionsCache Options { get; }

    /// <summary>
    /// The summary of a method declared in this compilation, or <see langword="null"/> for methods without a body here.
    /// <paramref name="truncated"/> is set when the depth cap or a cycle cut the analysis short.
    /// </summary>
    public MethodSummary? GetSummary(IMethodSymbol method, ImmutableStack<IMethodSymbol> callers, ref bool truncated, CancellationToken cancellationToken)
    {
        if (method.DeclaringSyntaxReferences.IsEmpty && method.PartialImplementationPart is null)
        {
            return null;
        }

        method = (method.PartialImplementationPart ?? method).OriginalDefinition;
        if (summaries.TryGetValue(method, out var cached))
        {
            return cached;
        }

        if (method.IsAbstract || method.IsExtern || method.DeclaringSyntaxReferences.IsEmpty)
        {
            return null;
        }

        var depth = 0;
        foreach (var caller in callers)
        {
            if (++depth >= MaxDepth || SymbolEqualityComparer.Default.Equals(caller, method))
            {
                truncated = true;
                return MethodSummary.Empty;
            }
        }

        if (Body(method, cancellationToken) is not { } body)
        {
            return null;
        }

        var walker = new FlowWalker(this, method, body.Syntax.SyntaxTree, callers.Push(method), report: null, cancellationToken);
        var summary = walker.Summarize(body);
        if (walker.Truncated)
        {
            truncated = true;
            return summary;
        }

        return summaries.GetOrAdd(method, summary);
    }

    private IOperation? Body(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        if (!Model.Compilation.ContainsSyntaxTree(syntax.SyntaxTree))
        {
            return null;
        }

#pragma warning disable RS1030 // Helper summaries need the callee's body; each is built once per compilation and cached.
        var semanticModel = Model.Compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
        return BodyOf(semanticModel.GetOperation(syntax, cancellationToken));
    }

    /// <summary>The statements of a member's operation block (method, constructor, accessor, local function, initializer).</summary>
    public static IOperation? BodyOf(IOperation? operation) => operation switch
    {
        IMethodBodyOperation m => (IOperation?)m.BlockBody ?? m.ExpressionBody,
        IConstructorBodyOperation c => c.BlockBody ?? c.ExpressionBody,
        ILocalFunctionOperation f => f.Body,
        IBlockOperation or IFieldInitializerOperation or IPropertyInitializerOperation => operation,
        _ => null,
    };
}
