using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PiiGuard.Analyzers.Flow;

/// <summary>
/// The flow engine for one compilation: the declared model, the options, which bodies are worth walking, and the
/// cache of helper summaries. Summaries are memoised depth-first: each method of the compilation is summarised once,
/// whatever the shape of the call graph (fan-out costs linear time, not exponential). Where the walk must stop — a
/// recursive cycle, a call chain deeper than <see cref="MaxChain"/>, a body over budget — the summary is
/// conservative (the helper may return what it was given) and is cached like any other.
/// </summary>
internal sealed class FlowAnalysis
{
    /// <summary>Helpers followed in one chain before the rest of the chain is assumed to pass its data through.</summary>
    public const int MaxChain = 48;

    private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary> summaries = new(SymbolEqualityComparer.Default);
    private PiiRelevance? relevance;

    public FlowAnalysis(PiiModel model, FlowOptionsCache options)
    {
        Model = model;
        Options = options;
    }

    public PiiModel Model { get; }

    public FlowOptionsCache Options { get; }

    /// <summary>Which bodies can touch declared data (computed once, on first use).</summary>
    public PiiRelevance Relevance(CancellationToken cancellationToken) =>
        relevance ??= PiiRelevance.Compute(Model.Compilation, Model.Known.Pii, cancellationToken);

    /// <summary>
    /// The summary of a method declared in this compilation, or <see langword="null"/> for methods without a body here.
    /// </summary>
    public MethodSummary? GetSummary(IMethodSymbol method, ImmutableStack<IMethodSymbol> callers, CancellationToken cancellationToken)
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
            if (++depth >= MaxChain || SymbolEqualityComparer.Default.Equals(caller, method))
            {
                // A cycle or a very deep chain: assume the rest passes its arguments through (not cached: the method's
                // own summary is computed when the walk reaches it from a shorter chain).
                return MethodSummary.PassThrough(method.Parameters.Length);
            }
        }

        if (Body(method, cancellationToken) is not { } body)
        {
            return null;
        }

        var walker = new FlowWalker(this, method, body.Syntax.SyntaxTree, callers.Push(method), report: null, cancellationToken);
        var summary = walker.Summarize(body);
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
        return FlowBodies.BodyOf(semanticModel.GetOperation(syntax, cancellationToken));
    }
}
