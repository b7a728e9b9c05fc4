using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PiiGuard.Analyzers.Flow;

/// <summary>
/// What an object keeps between calls: the declared data that the methods of a type write into one of its own
/// undeclared fields or auto-properties (<c>last = c.Email;</c> in <c>Remember</c>), so that a method reading it later
/// (<c>logger.LogInformation("{Last}", last)</c> in <c>Flush</c>) sees that data. Only the type's own code is read (the
/// writes a field can have when it is private); each member is computed once per compilation, on first read, and only
/// for members the relevance pre-filter names (<see cref="PiiRelevance"/>: written in code that can touch declared data).
/// </summary>
internal sealed class FieldStore
{
    private readonly FlowAnalysis analysis;
    private readonly ConcurrentDictionary<ISymbol, ImmutableArray<PiiFact>> stored = new(SymbolEqualityComparer.Default);

    // What each writer (a method, constructor or accessor of the type) writes into each member of its own object: one
    // walk per writer, whichever of its members is asked for.
    private readonly ConcurrentDictionary<SyntaxNode, ImmutableDictionary<ISymbol, ImmutableArray<PiiFact>>> writers = new();
    private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableHashSet<string>> declaredNames = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxNode, ILookup<string, SyntaxNode>> writersByName = new();

    // Whether a writer names something relevant (MentionsRelevantName): the same for every member it writes, as a writer
    // belongs to one type (holder or not).
    private readonly ConcurrentDictionary<SyntaxNode, bool> mentionsRelevant = new();

    // Writers being walked on this thread (a writer that reads a member another of its statements writes, or two fields
    // fed from each other), and whether a result was cut short by one of them (it is then not cached).
    [ThreadStatic]
    private static HashSet<SyntaxNode>? walking;

    [ThreadStatic]
    private static bool cut;

    // Writers that read each other's members (a cycle): in the outermost computation, what each cut-short writer wrote so
    // far, and the writers walked in the current pass. A writer is walked at most once per pass, and passes repeat until
    // nothing written grows (at most MaxPasses). Before, a cut-short writer was walked again on every path through the
    // cycle — factorial in the number of writers (a type whose methods each read all of its fields hung a build).
    [ThreadStatic]
    private static Dictionary<SyntaxNode, ImmutableDictionary<ISymbol, ImmutableArray<PiiFact>>>? approximations;

    [ThreadStatic]
    private static HashSet<SyntaxNode>? walkedThisPass;

    [ThreadStatic]
    private static bool changed;

    private const int MaxPasses = 8;

    public FieldStore(FlowAnalysis analysis)
    {
        this.analysis = analysis;
    }

    /// <summary>Whether a member can keep data between calls: a field or an auto-property declared in this compilation.</summary>
    public static bool CanStore(ISymbol member) => member switch
    {
        IFieldSymbol { IsConst: false, IsImplicitlyDeclared: false } field => !field.DeclaringSyntaxReferences.IsEmpty,
        IPropertySymbol { IsIndexer: false } property => property.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is PropertyDeclarationSyntax
        {
            ExpressionBody: null,
            AccessorList.Accessors: var accessors,
        } && accessors.All(a => a.Body is null && a.ExpressionBody is null),
        _ => false,
    };

    /// <summary>
    /// Whether a member's type keeps personal data as a value: text (<c>string</c>, <c>StringBuilder</c>), an address
    /// (<c>IPAddress</c>, <c>Uri</c>, <c>MailAddress</c>), <c>object</c>/<c>dynamic</c>, or an array or collection of those.
    /// A holder-typed member needs no store (its type says what it holds); a timer, a logger or a service never keeps data.
    /// </summary>
    public static bool CanHoldValue(ITypeSymbol type) => type switch
    {
        { SpecialType: SpecialType.System_String or SpecialType.System_Object } or { TypeKind: TypeKind.Dynamic } => true,
        IArrayTypeSymbol array => CanHoldValue(array.ElementType),
        INamedTypeSymbol { Name: "StringBuilder" or "IPAddress" or "Uri" or "MailAddress" or "PhysicalAddress" } => true,
        INamedTypeSymbol { IsGenericType: true } generic when generic.ContainingNamespace?.ToDisplayString().StartsWith("System.Collections", StringComparison.Ordinal) == true =>
            generic.TypeArguments.Any(CanHoldValue),
        _ => false,
    };

    /// <summary>The declared data the member's own type writes into it (empty when none).</summary>
    public ImmutableArray<PiiFact> StoredIn(ISymbol member, CancellationToken cancellationToken)
    {
        member = member.OriginalDefinition;
        if (stored.TryGetValue(member, out var cached))
        {
            return cached;
        }

        if (member.ContainingType is not { } type)
        {
            return ImmutableArray<PiiFact>.Empty;
        }

        var outerCut = cut;
        cut = false;
        try
        {
            var facts = Taint.Empty;
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                var declaration = reference.GetSyntax(cancellationToken);
                if (!analysis.Model.Compilation.ContainsSyntaxTree(declaration.SyntaxTree))
                {
                    continue;
                }

                var declared = analysis.Relevance(cancellationToken).InHolderType(member) ? DeclaredNames(type) : null;
                foreach (var writer in WritersOf(declaration)[member.Name])
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (mentionsRelevant.GetOrAdd(writer, w => MentionsRelevantName(w, declared, cancellationToken)) &&
                        WritesOf(writer, cancellationToken).TryGetValue(member, out var written))
                    {
                        facts = facts.Union(Taint.Of(written));
                    }
                }
            }

            // In the order of the type's code (syntax order): the same result on every run. A result cut short by a cycle
            // is cached only outside every writer's walk (WritesOf iterates a cycle to its fixpoint there).
            return cut && walking is { Count: > 0 } ? facts.Facts : stored.GetOrAdd(member, facts.Facts);
        }
        finally
        {
            cut |= outerCut;
        }
    }

    private ImmutableDictionary<ISymbol, ImmutableArray<PiiFact>> WritesOf(SyntaxNode writer, CancellationToken cancellationToken)
    {
        if (writers.TryGetValue(writer, out var known))
        {
            return known;
        }

        walking ??= new HashSet<SyntaxNode>();
        if (walking.Contains(writer) || walkedThisPass?.Contains(writer) == true)
        {
            // A cycle (the writer is being walked further up), or a writer this pass has walked already and a cycle cut
            // short: its value so far (the pass before's, empty on the first).
            cut = true;
            return approximations is not null && approximations.TryGetValue(writer, out var soFar) ? soFar : NothingWritten;
        }

        var outermost = walking.Count == 0;
        var outerCut = cut;
        var converged = false;
        try
        {
            cut = false;
            var result = Walk(writer, cancellationToken);
            if (!cut)
            {
                // Complete: it read no value of a writer still being walked.
                return writers.GetOrAdd(writer, result);
            }

            Approximate(writer, result);
            if (!outermost)
            {
                // What later readers in this pass see of it too.
                return approximations![writer];
            }

            // The outermost computation, cut short by a cycle: walk the cycle's writers again, each at most once per pass,
            // each reading the others' values of the pass before, until nothing they write grows. Values only grow and are
            // finite, so this ends; MaxPasses only bounds the work.
            for (var pass = 1; pass < MaxPasses && changed; pass++)
            {
                changed = false;
                walkedThisPass!.Clear();
                result = Walk(writer, cancellationToken);
                Approximate(writer, result);
            }

            converged = !changed;
            if (converged)
            {
                // A fixpoint of every writer this computation walked: each is complete now.
                foreach (var pair in approximations!)
                {
                    writers.TryAdd(pair.Key, pair.Value);
                }
            }

            return writers.GetOrAdd(writer, approximations![writer]);
        }
        finally
        {
            if (outermost)
            {
                cut = outerCut || !converged;
                approximations = null;
                walkedThisPass = null;
                changed = false;
            }
            else
            {
                cut |= outerCut;
            }
        }
    }

    private static readonly ImmutableDictionary<ISymbol, ImmutableArray<PiiFact>> NothingWritten =
        ImmutableDictionary<ISymbol, ImmutableArray<PiiFact>>.Empty.WithComparers(SymbolEqualityComparer.Default);

    // One walk of a writer (a method, constructor or accessor): the declared data it writes into each member of its own object.
    private ImmutableDictionary<ISymbol, ImmutableArray<PiiFact>> Walk(SyntaxNode writer, CancellationToken cancellationToken)
    {
        walking!.Add(writer);
        try
        {
            var semanticModel = analysis.SemanticModel(writer.SyntaxTree);
            if (semanticModel.GetDeclaredSymbol(writer, cancellationToken) is IMethodSymbol method &&
                FlowBodies.Of(semanticModel, writer, method, cancellationToken) is { IsEmpty: false } bodies)
            {
                FlowCounters.CountSummary();
                var walker = new FlowWalker(analysis, method, writer.SyntaxTree, FlowBodies.Callers(method), hits: null, cancellationToken);
                return walker.OwnWrites(bodies);
            }

            return NothingWritten;
        }
        finally
        {
            walking.Remove(writer);
        }
    }

    // A cut-short writer's value in this computation: what it wrote so far and now, by member (Taint.Union: one fact per
    // item, the first path kept); `changed` when an item is new.
    private static void Approximate(SyntaxNode writer, ImmutableDictionary<ISymbol, ImmutableArray<PiiFact>> result)
    {
        approximations ??= new Dictionary<SyntaxNode, ImmutableDictionary<ISymbol, ImmutableArray<PiiFact>>>();
        (walkedThisPass ??= new HashSet<SyntaxNode>()).Add(writer);
        var merged = approximations.TryGetValue(writer, out var before) ? before : NothingWritten;
        foreach (var pair in result)
        {
            var existing = merged.TryGetValue(pair.Key, out var soFar) ? soFar : ImmutableArray<PiiFact>.Empty;
            var facts = Taint.Of(existing).Union(Taint.Of(pair.Value)).Facts;
            changed |= facts.Length > existing.Length;
            merged = merged.SetItem(pair.Key, facts);
        }

        approximations[writer] = merged;
    }

    // A writer can only put declared data into a member through a name: one the relevance pre-filter knows (a
    // holder-typed parameter, a helper returning data, another stored field) or, inside a holder type, one of the type's
    // own declared members (_display = Username). What it assigns to does not count; a writer that names nothing else
    // writes only its callers' arguments, which stay with the callers.
    private bool MentionsRelevantName(SyntaxNode writer, ImmutableHashSet<string>? declared, CancellationToken cancellationToken)
    {
        var names = analysis.Relevance(cancellationToken).Names;
        foreach (var identifier in writer.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            var name = identifier.Identifier.ValueText;
            if ((names.Contains(name) || declared?.Contains(name) == true) && !IsAssignedTo(identifier))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAssignedTo(IdentifierNameSyntax identifier) =>
        identifier.Parent is AssignmentExpressionSyntax assignment && assignment.Left == identifier ||
        identifier.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access && access.Name == identifier &&
        access.Parent is AssignmentExpressionSyntax outer && outer.Left == access;

    // The names of a holder type's declared members (and its bases'), once per type.
    private ImmutableHashSet<string> DeclaredNames(INamedTypeSymbol type) =>
        declaredNames.GetOrAdd(type, t =>
        {
            var result = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            for (var current = t; current is not null; current = current.BaseType)
            {
                foreach (var candidate in current.GetMembers())
                {
                    if (candidate is IPropertySymbol or IFieldSymbol && analysis.Model.FactFor(candidate) is not null)
                    {
                        result.Add(candidate.Name);
                    }
                }
            }

            return result.ToImmutable();
        });

    /// <summary>
    /// For each member name, the methods, constructors and accessors of a type declaration that assign it (<c>name = …</c>,
    /// <c>this.name = …</c>, compound assignments), in syntax order: read from the declaration once, whichever members
    /// are asked for.
    /// </summary>
    private ILookup<string, SyntaxNode> WritersOf(SyntaxNode declaration) =>
        writersByName.GetOrAdd(declaration, static d => d.DescendantNodes().OfType<AssignmentExpressionSyntax>()
            // Not an object initializer's `Name = …` (or a `with`'s): it sets a member of the new object, not of this one. An
            // array's or collection's initializer holds expressions, whose assignments (`new[] { last = c.Email }`) are writes.
            .Where(a => a.Parent is not InitializerExpressionSyntax initializer ||
                        !initializer.IsKind(SyntaxKind.ObjectInitializerExpression) && !initializer.IsKind(SyntaxKind.WithInitializerExpression))
            .Select(a => (Name: TargetName(a.Left), Writer: a.Ancestors().FirstOrDefault(n => n is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax)))
            .Where(w => w.Name is not null && w.Writer is not null)
            .Distinct()
            .ToLookup(w => w.Name!, w => w.Writer!, StringComparer.Ordinal));

    /// <summary>The member an assignment writes on its own object: <c>name</c> or <c>this.name</c>.</summary>
    public static string? TargetName(ExpressionSyntax left) => left switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: var member } => member.Identifier.ValueText,
        _ => null,
    };
}
