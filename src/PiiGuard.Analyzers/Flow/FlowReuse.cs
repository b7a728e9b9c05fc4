using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PiiGuard.Analyzers.Flow;

/// <summary>
/// One walk for the map and the warnings in a command-line build. The compiler runs the generator first, on the
/// compilation C0, then the analyzers on C1 = C0 + the generated trees; the user's syntax trees are the same objects
/// in both. The generator's flows step walks every relevant body anyway; it leaves here, per code block, the
/// diagnostics <see cref="PiiFlowAnalyzer"/> would report for it (descriptor, location, arguments and properties:
/// nothing that holds a symbol of C0), and the analyzer reports them instead of binding and walking the block again.
/// </summary>
/// <remarks>
/// Reuse is sound only where C1 binds the block (and every helper summary its walk used) exactly as C0 did:
/// <list type="bullet">
/// <item>the same references, compilation options, home region, per-tree options, audit mode off, and the same
/// relevance sets (which decide what is bound and what is summarised from a signature);</item>
/// <item>every tree of C0 is in C1; what C1 adds (the generators' output) mentions no <c>[Pii]</c>, declares no
/// operator, conversion, indexer, pattern method (<c>GetEnumerator</c>, <c>Deconstruct</c>, …) or global using, and
/// the names it newly declares appear nowhere in the block or in the helpers whose summaries its walk used;</item>
/// <item>that walk met no invalid operation, no error type and no partial member without an implementation in C0
/// (what another generator supplies is missing there) — unless C1 adds nothing but PiiGuard's own files, whose one
/// type name C0 never mentions, so every error in C0 is the same error in C1 (a build that lacks packages).</item>
/// </list>
/// Anything else is walked by the analyzer as before. The cache is keyed by the tree objects (a weak table), so it
/// holds nothing once the compilation is gone, and a host that runs no flows step (the IDE) never finds an entry.
/// </remarks>
internal sealed class FlowReuse
{
    private static readonly ConditionalWeakTable<SyntaxTree, Box> Sessions = new();

    private static long reused;

    // What the flows step recorded, per tree and code block (syntax kind and span).
    private readonly Dictionary<SyntaxTree, Dictionary<(int Start, int Length, int Kind), Block>> blocks = new();
    private readonly Dictionary<SyntaxTree, FlowOptions> treeOptions = new();

    // The code blocks the flows step found irrelevant (PiiRelevance.IsRelevant), per tree: the same relevance gives the
    // same answer for the same syntax, so the analyzer need not ask again.
    private readonly Dictionary<SyntaxTree, HashSet<(int Start, int Length, int Kind)>> irrelevant = new();

    private FlowReuse(Compilation compilation, PiiRelevance relevance, string? homeRegion)
    {
        References = compilation.References.ToImmutableArray();
        CompilationOptions = compilation.Options;
        Trees = new HashSet<SyntaxTree>(compilation.SyntaxTrees);
        Relevance = relevance;
        HomeRegion = homeRegion;
    }

    /// <summary>Code blocks whose diagnostics the analyzer took from the flows step (for the benchmark and tests).</summary>
    public static long Reused => Interlocked.Read(ref reused);

    private ImmutableArray<MetadataReference> References { get; }

    private CompilationOptions CompilationOptions { get; }

    private HashSet<SyntaxTree> Trees { get; }

    private PiiRelevance Relevance { get; }

    private string? HomeRegion { get; }

    public static void ResetCount() => Interlocked.Exchange(ref reused, 0);

    /// <summary>Starts recording for the generator's compilation (C0).</summary>
    public static FlowReuse Begin(Compilation compilation, PiiRelevance relevance, string? homeRegion) => new(compilation, relevance, homeRegion);

    /// <summary>The analyzer's diagnostics for one code block of C0, with what its walk depended on.</summary>
    public void Add(SyntaxNode codeBlock, FlowOptions options, ReuseTrace trace, ImmutableArray<Diagnostic> diagnostics)
    {
        var tree = codeBlock.SyntaxTree;
        if (!blocks.TryGetValue(tree, out var byBlock))
        {
            blocks[tree] = byBlock = new Dictionary<(int, int, int), Block>();
            treeOptions[tree] = options;
        }

        byBlock[Key(codeBlock)] = new Block(trace, diagnostics);
    }

    /// <summary>A code block of C0 that <see cref="PiiRelevance.IsRelevant"/> set aside.</summary>
    public void AddIrrelevant(SyntaxNode codeBlock)
    {
        if (!irrelevant.TryGetValue(codeBlock.SyntaxTree, out var keys))
        {
            irrelevant[codeBlock.SyntaxTree] = keys = new HashSet<(int, int, int)>();
        }

        keys.Add(Key(codeBlock));
    }

    /// <summary>
    /// The relevance the flows step computed, when the analyzer's compilation (C1) is C0 plus PiiGuard's own generated
    /// files only, with the same options and references: computing it again from the same syntax and metadata would
    /// give the same sets. Otherwise <see langword="null"/> (compute it).
    /// </summary>
    public static PiiRelevance? RecordedRelevance(Compilation compilation, string? homeRegion, bool audit, CancellationToken cancellationToken)
    {
        if (audit || Find(compilation) is not { } session || !session.SameSetting(compilation, homeRegion))
        {
            return null;
        }

        var seen = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (session.Trees.Contains(tree))
            {
                seen++;
            }
            else if (!IsOwn(tree))
            {
                return null;
            }
        }

        return seen == session.Trees.Count ? session.Relevance : null;
    }

    // The same home region, compilation options and references as the compilation the flows step walked.
    private bool SameSetting(Compilation compilation, string? homeRegion) =>
        string.Equals(HomeRegion, homeRegion, StringComparison.Ordinal) &&
        (ReferenceEquals(CompilationOptions, compilation.Options) || CompilationOptions.Equals(compilation.Options)) &&
        SameReferences(References, compilation.References);

    private static FlowReuse? Find(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (Sessions.TryGetValue(tree, out var box) && box.Session is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Makes the recorded results visible to the analyzer of the next compilation over the same trees.</summary>
    public void Publish()
    {
        foreach (var tree in Trees)
        {
            Sessions.GetValue(tree, static _ => new Box()).Session = this;
        }
    }

    /// <summary>
    /// What the analyzer of <paramref name="compilation"/> (C1) may reuse, or <see langword="null"/> (walk everything):
    /// no flows step ran on these trees, or something compilation-wide differs from the compilation it walked.
    /// </summary>
    public static Scope? For(Compilation compilation, PiiRelevance relevance, string? homeRegion, bool audit, CancellationToken cancellationToken)
    {
        if (audit)
        {
            // The flows step walks without audit mode's extra members.
            return null;
        }

        if (Find(compilation) is not { } session)
        {
            return null;
        }

        if (!session.SameSetting(compilation, homeRegion))
        {
            return Rejected("options or references differ");
        }

        if (!session.Relevance.Names.SetEquals(relevance.Names) ||
            !session.Relevance.HolderTypes.SetEquals(relevance.HolderTypes) ||
            !session.Relevance.SinkNames.SetEquals(relevance.SinkNames))
        {
            return Rejected("relevance differs");
        }

        var seen = 0;
        var added = new List<SyntaxTree>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (session.Trees.Contains(tree))
            {
                seen++;
            }
            else
            {
                added.Add(tree);
            }
        }

        if (seen != session.Trees.Count)
        {
            return Rejected("a tree is missing");
        }

        // What the added trees declare that C0 did not have.
        var declaredBefore = new HashSet<string>(session.Trees.SelectMany(t => TreeIndex.For(t, cancellationToken).Types).Select(t => t.Name), StringComparer.Ordinal);
        var newNames = new HashSet<string>(StringComparer.Ordinal);
        var ownNames = new HashSet<string>(StringComparer.Ordinal);
        var foreign = false;
        foreach (var tree in added)
        {
            var root = tree.GetRoot(cancellationToken);
            if (IsOwn(tree))
            {
                // PiiGuard's run-time API: one static class; its members are reached only through its name.
                foreach (var type in root.DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<BaseTypeDeclarationSyntax>())
                {
                    ownNames.Add(type.Identifier.ValueText);
                }

                continue;
            }

            foreign = true;
            if (PiiRelevance.MentionsPii(tree, cancellationToken) || !NewNames(root, declaredBefore, newNames))
            {
                return Rejected("generated code may change binding");
            }
        }

        // PiiGuard's API type is found only by its name: when no tree of C0 writes it, nothing in C0 binds differently
        // in C1 because of it, and (with no other generator's output) every error in C0 is the same error in C1.
        var ownNamed = session.Trees.Any(t => Mentions(t, ownNames, cancellationToken));
        if (ownNamed)
        {
            newNames.UnionWith(ownNames);
        }

        var errorsStay = !foreign && !ownNamed;
        return new Scope(session, newNames, errorsStay);
    }

    /// <summary>Why analyzer compilations found results they could not use (for the benchmark and tests).</summary>
    public static ConcurrentDictionary<string, int> Rejections { get; } = new(StringComparer.Ordinal);

    private static Scope? Rejected(string reason)
    {
        Rejections.AddOrUpdate(reason, 1, static (_, n) => n + 1);
        return null;
    }

    private static bool IsOwn(SyntaxTree tree) => PiiRelevance.IsOwnGenerated(tree);

    /// <summary>The same reference objects, in the same order.</summary>
    internal static bool SameReferences(ImmutableArray<MetadataReference> recorded, IEnumerable<MetadataReference> current)
    {
        var i = 0;
        foreach (var reference in current)
        {
            if (i >= recorded.Length || !ReferenceEquals(recorded[i], reference))
            {
                return false;
            }

            i++;
        }

        return i == recorded.Length;
    }

    // Names a binder could find only because of this tree; false when it can change binding without a name (an
    // operator, a conversion, an indexer, a pattern method, a global using), which rules out reuse altogether.
    private static bool NewNames(SyntaxNode root, HashSet<string> declaredBefore, HashSet<string> names)
    {
        if (root is CompilationUnitSyntax unit && unit.Usings.Any(u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)))
        {
            return false;
        }

        foreach (var node in TreeIndex.Declarations(root))
        {
            switch (node)
            {
                case OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax or IndexerDeclarationSyntax:
                    return false;
                case BaseTypeDeclarationSyntax type:
                    // A partial part of a type C0 declares adds members, not a name.
                    if (!declaredBefore.Contains(type.Identifier.ValueText))
                    {
                        names.Add(type.Identifier.ValueText);
                    }

                    break;
                case DelegateDeclarationSyntax @delegate:
                    names.Add(@delegate.Identifier.ValueText);
                    break;
                case MemberDeclarationSyntax member when !member.Modifiers.Any(SyntaxKind.PartialKeyword):
                    // An implementation part of a partial member adds no candidate (calls bind to the definition in C0).
                    foreach (var name in MemberNames(member))
                    {
                        if (PatternNames.Contains(name))
                        {
                            return false;
                        }

                        names.Add(name);
                    }

                    break;
            }
        }

        return true;
    }

    private static IEnumerable<string> MemberNames(MemberDeclarationSyntax member) => member switch
    {
        MethodDeclarationSyntax method => new[] { method.Identifier.ValueText },
        PropertyDeclarationSyntax property => new[] { property.Identifier.ValueText },
        EventDeclarationSyntax @event => new[] { @event.Identifier.ValueText },
        BaseFieldDeclarationSyntax field => field.Declaration.Variables.Select(v => v.Identifier.ValueText),
        _ => Array.Empty<string>(),
    };

    // Members the compiler looks up without their name written in the code (foreach, await, deconstruction, using,
    // collection initializers, query expressions, ranges and indices).
    private static readonly HashSet<string> PatternNames = new(StringComparer.Ordinal)
    {
        "GetEnumerator", "GetAsyncEnumerator", "MoveNext", "MoveNextAsync", "Current", "GetAwaiter", "GetResult", "IsCompleted",
        "Deconstruct", "Dispose", "DisposeAsync", "Add", "Select", "SelectMany", "Where", "OrderBy", "OrderByDescending",
        "ThenBy", "ThenByDescending", "GroupBy", "Join", "GroupJoin", "Cast", "Slice", "Length", "Count", "Item",
    };

    private static bool Mentions(SyntaxTree tree, HashSet<string> names, CancellationToken cancellationToken)
    {
        if (names.Count == 0)
        {
            return false;
        }

        var text = tree.GetText(cancellationToken).ToString();
        return names.Any(name => text.IndexOf(name, StringComparison.Ordinal) >= 0);
    }

    private static (int, int, int) Key(SyntaxNode codeBlock) => (codeBlock.SpanStart, codeBlock.Span.Length, codeBlock.RawKind);

    /// <summary>The node the flows step records for the code block the analyzer driver hands over, or null (walk it).</summary>
    private static SyntaxNode? Recorded(SyntaxNode codeBlock) => codeBlock switch
    {
        PropertyDeclarationSyntax { Initializer: { } initializer } => initializer,
        BaseFieldDeclarationSyntax { Declaration.Variables.Count: 1 } field => field.Declaration.Variables[0].Initializer,
        BaseFieldDeclarationSyntax => null,
        _ => codeBlock,
    };

    /// <summary>Whether a type is, or is built from, a type the compiler could not find.</summary>
    public static bool HasErrorType(ITypeSymbol? type) => type switch
    {
        null => false,
        { TypeKind: TypeKind.Error } => true,
        IArrayTypeSymbol array => HasErrorType(array.ElementType),
        IPointerTypeSymbol pointer => HasErrorType(pointer.PointedAtType),
        INamedTypeSymbol { IsGenericType: true } named => named.TypeArguments.Any(HasErrorType),
        _ => false,
    };

    /// <summary>Whether bound code holds something C0 could not bind (an invalid operation or an error type).</summary>
    public static bool HasErrors(IOperation operation)
    {
        foreach (var node in operation.DescendantsAndSelf())
        {
            if (node is IInvalidOperation || HasErrorType(node.Type) ||
                (node is IVariableDeclaratorOperation declarator && HasErrorType(declarator.Symbol.Type)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The distinct identifiers of a piece of syntax (what a binder can look up by name there).</summary>
    public static string[] Identifiers(SyntaxNode node)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in node.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken))
            {
                names.Add(token.ValueText);
            }
        }

        return names.ToArray();
    }

    private sealed class Box
    {
        private volatile FlowReuse? session;

        public FlowReuse? Session
        {
            get => session;
            set => session = value;
        }
    }

    private sealed class Block
    {
        public Block(ReuseTrace trace, ImmutableArray<Diagnostic> diagnostics)
        {
            Trace = trace;
            Diagnostics = diagnostics;
        }

        public ReuseTrace Trace { get; }

        public ImmutableArray<Diagnostic> Diagnostics { get; }
    }

    /// <summary>The reusable results for one analyzer compilation (C1).</summary>
    internal sealed class Scope
    {
        private readonly FlowReuse session;
        private readonly HashSet<string> newNames;
        private readonly bool errorsStay;
        private readonly ConcurrentDictionary<ReuseTrace, bool> clear = new();

        public Scope(FlowReuse session, HashSet<string> newNames, bool errorsStay)
        {
            this.session = session;
            this.newNames = newNames;
            this.errorsStay = errorsStay;
        }

        /// <summary>Whether the flows step found this code block irrelevant (with the same relevance: Scope requires it).</summary>
        public bool KnownIrrelevant(SyntaxNode codeBlock) =>
            Recorded(codeBlock) is { } node &&
            session.irrelevant.TryGetValue(node.SyntaxTree, out var keys) &&
            keys.Contains(Key(node));

        /// <summary>Reports the recorded diagnostics of a code block and returns true, or returns false (walk it).</summary>
        public bool TryReport(SyntaxNode codeBlock, FlowOptions options, Action<Diagnostic> report)
        {
            if (Recorded(codeBlock) is not { } node ||
                !session.blocks.TryGetValue(node.SyntaxTree, out var byBlock) ||
                !byBlock.TryGetValue(Key(node), out var block))
            {
                Rejected("block not recorded");
                return false;
            }

            if (!SameOptions(session.treeOptions[node.SyntaxTree], options) || (!block.Trace.Clean && !errorsStay) || !Clear(block.Trace))
            {
                Rejected("block may bind differently");
                return false;
            }

            foreach (var diagnostic in block.Diagnostics)
            {
                report(diagnostic);
            }

            Interlocked.Increment(ref reused);
            return true;
        }

        // No name a generated tree newly declares appears in the block or in the helpers its summaries came from
        // (memoised per trace; the traces form a DAG, each built after the summaries it used).
        private bool Clear(ReuseTrace root)
        {
            if (newNames.Count == 0)
            {
                return true;
            }

            if (clear.TryGetValue(root, out var known))
            {
                return known;
            }

            var pending = new Stack<(ReuseTrace Trace, bool Expanded)>();
            pending.Push((root, false));
            while (pending.Count > 0)
            {
                var (trace, expanded) = pending.Pop();
                if (clear.ContainsKey(trace))
                {
                    continue;
                }

                if (expanded)
                {
                    clear[trace] = trace.Dependencies.All(d => clear.TryGetValue(d, out var value) && value);
                }
                else if (trace.Identifiers.Any(newNames.Contains))
                {
                    clear[trace] = false;
                }
                else
                {
                    pending.Push((trace, true));
                    foreach (var dependency in trace.Dependencies)
                    {
                        if (!clear.ContainsKey(dependency))
                        {
                            pending.Push((dependency, false));
                        }
                    }
                }
            }

            return clear[root];
        }

        private static bool SameOptions(FlowOptions a, FlowOptions b) =>
            ReferenceEquals(a, b) ||
            (a.LogCovering == b.LogCovering && a.SerializeCovering == b.SerializeCovering && a.SendCovering == b.SendCovering &&
             a.OperationBudget == b.OperationBudget && a.AdditionalLogSinks.SetEquals(b.AdditionalLogSinks) && a.AdditionalSerializeSinks.SetEquals(b.AdditionalSerializeSinks));
    }
}

/// <summary>
/// What one walk (a reported code block, or a helper's summary) depended on in C0: whether it met anything C0 could not
/// bind, its code (a node of a tree C1 shares, never a symbol), and the summaries it used (each recorded once and shared).
/// </summary>
internal sealed class ReuseTrace
{
    /// <summary>A summary that cannot be trusted across compilations (a partial member without its implementation).</summary>
    public static readonly ReuseTrace Unclean = new(false, null, ImmutableArray<ReuseTrace>.Empty);

    private readonly SyntaxNode? syntax;
    private string[]? identifiers;

    public ReuseTrace(bool clean, SyntaxNode? syntax, ImmutableArray<ReuseTrace> dependencies)
    {
        Clean = clean && dependencies.All(d => d.Clean);
        this.syntax = syntax;
        Dependencies = dependencies;
    }

    /// <summary>No invalid operation, error type or missing partial implementation here or in any summary used.</summary>
    public bool Clean { get; }

    /// <summary>The identifiers of its code, read only when another generator's output has to be checked against them.</summary>
    public string[] Identifiers => identifiers ??= syntax is null ? Array.Empty<string>() : FlowReuse.Identifiers(syntax);

    public ImmutableArray<ReuseTrace> Dependencies { get; }
}
