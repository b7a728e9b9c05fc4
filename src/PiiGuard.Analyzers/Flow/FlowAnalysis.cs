using System;
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
    /// <summary>
    /// Helpers summarised on one call stack. A deeper chain is not cut: the summary it needs is computed first, from a
    /// fresh stack (<see cref="ResolveSummary"/>), and the walk that needed it resumes — so a chain of any length is
    /// followed exactly, each method once, and the stack stays shallow.
    /// </summary>
    public const int MaxChain = 32;

    private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary> summaries = new(SymbolEqualityComparer.Default);
    private readonly PiiRelevance relevance;

    public FlowAnalysis(PiiModel model, FlowOptionsCache options, PiiRelevance relevance)
    {
        Model = model;
        Options = options;
        this.relevance = relevance;
        model.MightHold = relevance.HolderTypes.Contains;
        Fields = new FieldStore(this);
    }

    /// <summary>What the compilation's types keep in their own fields between calls.</summary>
    public FieldStore Fields { get; }

#pragma warning disable RS1030 // Helper summaries need the callee's body; each is built once per compilation and cached.
    /// <summary>The semantic model of one of the compilation's trees (the driver's cached one, which other analyzers share).</summary>
    public SemanticModel SemanticModel(SyntaxTree tree) => Model.Compilation.GetSemanticModel(tree);
#pragma warning restore RS1030

    public PiiModel Model { get; }

    public FlowOptionsCache Options { get; }

    /// <summary>
    /// Which bodies can touch declared data. Computed before the engine exists (<see cref="PiiRelevance.Compute"/>), so a
    /// compilation that declares nothing never builds its model either.
    /// </summary>
    public PiiRelevance Relevance(CancellationToken cancellationToken) => relevance;

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

        if (!relevance.MayShowInSummary(method))
        {
            // Its code names no declared data and no sink: it can only hand back what it is given, like a call PiiGuard
            // cannot see. Summarised from its signature, never bound.
            FlowCounters.CountOpaque();
            return summaries.GetOrAdd(method, Opaque(method));
        }

        var depth = 0;
        foreach (var caller in callers)
        {
            depth++;
            if (SymbolEqualityComparer.Default.Equals(caller, method))
            {
                // Recursion: inside the cycle, assume the method hands back what it was given (conservative).
                return MethodSummary.PassThrough(method.Parameters.Length);
            }
        }

        if (Body(method, cancellationToken) is not { } body)
        {
            return null;
        }

        if (depth >= MaxChain)
        {
            // Too deep for this stack: unwind to the nearest ResolveSummary, which computes this one first.
            throw new SummaryNeeded(method);
        }

        FlowCounters.CountSummary();
        var walker = new FlowWalker(this, method, body.Syntax.SyntaxTree, callers.Push(method), hits: null, cancellationToken);
        var computed = walker.Summarize(body);
        FlowCounters.CountContentful(computed);
        return summaries.GetOrAdd(method, computed);
    }

    /// <summary>
    /// <see cref="GetSummary"/> for a walk that must not be unwound (one that reports): when a summary deep in the chain
    /// is needed first, it is computed from a fresh stack and the request is retried. Each retry adds at least one
    /// summary to the cache, so this ends.
    /// </summary>
    public MethodSummary? ResolveSummary(IMethodSymbol method, ImmutableStack<IMethodSymbol> callers, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return GetSummary(method, callers, cancellationToken);
            }
            catch (SummaryNeeded needed) when (!SymbolEqualityComparer.Default.Equals(needed.Method, method.OriginalDefinition))
            {
                ResolveSummary(needed.Method, ImmutableStack<IMethodSymbol>.Empty, cancellationToken);
            }
        }
    }

    /// <summary>
    /// The summary of a helper that neither reads declared data nor reaches a sink: each argument that can carry data
    /// may come back in a result that can hold it (never a number, flag, enum, date, nor a task of one; never through
    /// an <c>object</c> parameter, as for calls PiiGuard cannot see).
    /// </summary>
    private static MethodSummary Opaque(IMethodSymbol method)
    {
        var result = method.ReturnType is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: <= 1 } task &&
            task.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks"
                ? task.TypeArguments.FirstOrDefault()
                : method.ReturnType;
        if (result is null || method.ReturnsVoid || PiiModel.IsDerivedClean(result))
        {
            return MethodSummary.Empty;
        }

        var passed = method.Parameters
            .Where(p => p.Type.SpecialType != SpecialType.System_Object && !PiiModel.IsDerivedClean(p.Type))
            .Select(p => p.Ordinal)
            .ToImmutableArray();
        return passed.IsEmpty ? MethodSummary.Empty : new MethodSummary(ImmutableArray<ParameterSink>.Empty, ImmutableArray<PiiFact>.Empty, passed);
    }

    private IOperation? Body(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        if (!Model.Compilation.ContainsSyntaxTree(syntax.SyntaxTree))
        {
            return null;
        }

        var semanticModel = SemanticModel(syntax.SyntaxTree);
        return FlowBodies.BodyOf(semanticModel.GetOperation(syntax, cancellationToken));
    }
}

/// <summary>Thrown when a call chain outgrows <see cref="FlowAnalysis.MaxChain"/>; never escapes the flow engine.</summary>
#pragma warning disable CA1064, CA1032 // Internal control flow of the engine, caught by FlowAnalysis.ResolveSummary.
internal sealed class SummaryNeeded : Exception
#pragma warning restore CA1064, CA1032
{
    public SummaryNeeded(IMethodSymbol method)
        : base("Summary needed first: " + method.Name)
    {
        Method = method;
    }

    public IMethodSymbol Method { get; }
}
