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

    // Null for the analyzer, whose compilation hands out the driver's cached semantic models already.
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel>? semanticModels;

    // The map's flows step only (one thread): what each summary's walk depended on, and the walks in progress, so the
    // analyzer of the next compilation can tell whether a block's results carry over (FlowReuse).
    private readonly Dictionary<IMethodSymbol, ReuseTrace>? traces;
    private readonly Stack<List<ReuseTrace>>? recording;

    /// <param name="shareSemanticModels">
    /// One semantic model per tree for the walks and the summaries they need (the map's flows step, which runs outside
    /// the analyzer driver): a helper's body is bound once whether it is walked or summarised.
    /// </param>
    /// <param name="recordTraces">Record what each walk depended on (<see cref="Record"/>); single-threaded use only.</param>
    public FlowAnalysis(PiiModel model, FlowOptionsCache options, PiiRelevance relevance, bool shareSemanticModels = false, bool recordTraces = false)
    {
        Model = model;
        Options = options;
        this.relevance = relevance;
        model.MightHold = relevance.HolderTypes.Contains;
        semanticModels = shareSemanticModels ? new ConcurrentDictionary<SyntaxTree, SemanticModel>() : null;
        Fields = new FieldStore(this);
        if (recordTraces)
        {
            traces = new Dictionary<IMethodSymbol, ReuseTrace>(SymbolEqualityComparer.Default);
            recording = new Stack<List<ReuseTrace>>();
        }
    }

    /// <summary>
    /// Runs one reporting walk of <paramref name="codeBlock"/> and returns what it depended on: errors in its bodies,
    /// its identifiers, and the traces of the summaries it used. Only for an engine built with <c>recordTraces</c>.
    /// </summary>
    public ReuseTrace Record(SyntaxNode codeBlock, ImmutableArray<IOperation> bodies, Action walk)
    {
        var used = new List<ReuseTrace>();
        recording!.Push(used);
        try
        {
            walk();
        }
        finally
        {
            recording.Pop();
        }

        return new ReuseTrace(!bodies.Any(FlowReuse.HasErrors), codeBlock, used.Distinct().ToImmutableArray());
    }

    /// <summary>
    /// The walk read what a type keeps in a field (<see cref="FieldStore"/>): its writers are not traced, so the block is
    /// not reused across compilations (the analyzer walks it itself).
    /// </summary>
    public void UsedFieldStore() => Used(ReuseTrace.Unclean);

    private void Used(ReuseTrace? trace)
    {
        if (trace is not null && recording is { Count: > 0 })
        {
            recording.Peek().Add(trace);
        }
    }

    /// <summary>What the compilation's types keep in their own fields between calls.</summary>
    public FieldStore Fields { get; }

#pragma warning disable RS1030 // Helper summaries need the callee's body; each is built once per compilation and cached.
    /// <summary>
    /// The semantic model of one of the compilation's trees. Shared when the engine was built to share them (the map's
    /// flows step), and then without nullable analysis where the host's Roslyn offers that (4.9 and later): the engine
    /// reads symbols, types and operations, never nullable annotations or flow states, and the nullable rewrite was about
    /// three quarters of what binding a body for the map cost.
    /// </summary>
    public SemanticModel SemanticModel(SyntaxTree tree) =>
        semanticModels is null ? Model.Compilation.GetSemanticModel(tree) : semanticModels.GetOrAdd(tree, t => WithoutNullableAnalysis(Model.Compilation, t));
#pragma warning restore RS1030

    private static readonly Func<Compilation, SyntaxTree, SemanticModel>? NoNullableAnalysis = FindNoNullableAnalysis();

    /// <summary>
    /// <c>Compilation.GetSemanticModel(tree, SemanticModelOptions.DisableNullableAnalysis)</c>, found at run time because
    /// the package builds against Roslyn 4.8 (which lacks it); the plain semantic model where the host's Roslyn lacks it too.
    /// </summary>
    internal static SemanticModel WithoutNullableAnalysis(Compilation compilation, SyntaxTree tree) =>
        NoNullableAnalysis is { } create ? create(compilation, tree) : compilation.GetSemanticModel(tree);

    /// <summary>Whether <see cref="WithoutNullableAnalysis"/> can skip nullable analysis in this host.</summary>
    internal static bool CanSkipNullableAnalysis => NoNullableAnalysis is not null;

    private static Func<Compilation, SyntaxTree, SemanticModel>? FindNoNullableAnalysis()
    {
        try
        {
            var optionsType = typeof(Compilation).Assembly.GetType("Microsoft.CodeAnalysis.SemanticModelOptions");
            var method = optionsType is null ? null : typeof(Compilation).GetMethod("GetSemanticModel", new[] { typeof(SyntaxTree), optionsType });
            if (method is null || method.ReturnType != typeof(SemanticModel) || !Enum.IsDefined(optionsType!, "DisableNullableAnalysis"))
            {
                return null;
            }

            var disable = Enum.Parse(optionsType!, "DisableNullableAnalysis");
            return (compilation, tree) => (SemanticModel)method.Invoke(compilation, new[] { tree, disable })!;
        }
#pragma warning disable CA1031 // Any failure to find the newer API means: use the one every Roslyn has.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

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

        if (recording is not null && MissingImplementation(method))
        {
            // Another generator may supply it: what this walk makes of the call need not hold once it has.
            Used(ReuseTrace.Unclean);
        }

        method = (method.PartialImplementationPart ?? method).OriginalDefinition;
        if (summaries.TryGetValue(method, out var cached))
        {
            if (traces is not null && traces.TryGetValue(method, out var trace))
            {
                Used(trace);
            }

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
            if (traces is not null)
            {
                var trace = new ReuseTrace(!FlowReuse.HasErrorType(method.ReturnType) && !method.Parameters.Any(p => FlowReuse.HasErrorType(p.Type)), null, ImmutableArray<ReuseTrace>.Empty);
                traces[method] = trace;
                Used(trace);
            }

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
        if (recording is null)
        {
            var computed = walker.Summarize(body);
            FlowCounters.CountContentful(computed);
            return summaries.GetOrAdd(method, computed);
        }

        MethodSummary summary = null!;
        var declaration = method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        var own = Record(declaration, ImmutableArray.Create(body), () => summary = walker.Summarize(body));
        traces![method] = own;
        Used(own);
        FlowCounters.CountContentful(summary);
        return summaries.GetOrAdd(method, summary);
    }

    // A partial method whose implementation this compilation does not have, or an accessor of a partial property
    // (whose implementation a generator may supply; read from syntax, so any partial property counts).
    private static bool MissingImplementation(IMethodSymbol method) =>
        method is { IsPartialDefinition: true, PartialImplementationPart: null } ||
        (method.AssociatedSymbol is IPropertySymbol property &&
         property.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.BasePropertyDeclarationSyntax declaration &&
                                                   declaration.Modifiers.Any(m => m.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.PartialKeyword))));

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
