using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using PiiGuard.Analyzers.Model;

namespace PiiGuard.Analyzers.Discovery;

/// <summary>
/// Copy evidence: a field or property with the same name as a member marked <c>[Pii]</c> on a <em>related type</em> — one
/// whose name is the same once the words of a copy's role are dropped (<c>Cycle</c>, <c>CycleDto</c>,
/// <c>UpdateCycleRequest</c>, <c>CycleViewModel</c>) — holds the same data. One decision at the entity covers its copies:
/// <c>[Pii(Category.Health)] Cycle.Symptoms</c> makes <c>CycleUpdateDto.Symptoms</c> a suggestion with that category, whatever
/// the rules say of the word "symptoms". Related types are looked for among the compilation's own types and the types of
/// referenced assemblies that use PiiGuard themselves (a model library marked in its own project). Only member marks with a
/// category are copied (not a type's mark, not a taxonomy key), and a member's marks are read only when its declaration
/// carries attributes at all.
/// </summary>
internal sealed class MarkedCopies
{
    // Words that name a copy's role rather than what it holds: transfer objects, view models, commands, requests and their
    // verbs. General .NET naming; the last six were added after reading which copies the studied labelled sets' misses have
    // (docs/discovery.md, "This round (twenty-third session …)"). Not "item", "list" or "record": an OrderItem is not an Order.
    private static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "dto", "model", "viewmodel", "vm", "request", "response", "entity", "command", "query", "input", "output", "info",
        "details", "detail", "resource", "create", "update", "add", "edit", "get", "for", "adding", "form", "summary", "base",
        "view", "params", "parameters", "args", "payload", "contract", "db", "new", "upsert", "patch", "save", "register",
        "creation", "insert", "history", "registration", "created", "updated", "data",
    };

    private readonly Compilation compilation;
    private readonly INamedTypeSymbol pii;
    private readonly Lazy<Dictionary<string, ImmutableArray<INamedTypeSymbol>>> byStem;
    private readonly Lazy<HashSet<string>> candidates;
    private readonly ConcurrentDictionary<string, string?> stems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> candidateStems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<INamedTypeSymbol, Dictionary<string, Category>?> marks = new(SymbolEqualityComparer.Default);

    public MarkedCopies(Compilation compilation, INamedTypeSymbol pii)
    {
        this.compilation = compilation;
        this.pii = pii;
        byStem = new Lazy<Dictionary<string, ImmutableArray<INamedTypeSymbol>>>(Index, LazyThreadSafetyMode.ExecutionAndPublication);
        candidates = new Lazy<HashSet<string>>(Candidates, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// What a type's name says once the words of a copy's role are dropped ("cycle" of <c>UpdateCycleRequestDto</c>), or
    /// <see langword="null"/> when nothing else is left (<c>Dto</c>, <c>RequestModel</c>).
    /// </summary>
    public static string? Stem(string typeName)
    {
        string? stem = null;
        foreach (var word in PiiNameClassifier.Words(typeName))
        {
            if (!RoleWords.Contains(word))
            {
                // A list's copy names the plural (PlayersViewModel of Player): words are compared in the singular.
                var singular = word.Length > 3 && word[word.Length - 1] == 's' && word[word.Length - 2] is not ('s' or 'u' or 'i') ? word.Substring(0, word.Length - 1) : word;
                stem = stem is null ? singular : stem + " " + singular;
            }
        }

        return stem;
    }

    /// <summary>
    /// The category of a member marked <c>[Pii]</c> with the same name (any case, a leading underscore ignored) on a type
    /// related to <paramref name="container"/> (the first such type by full name), or <see langword="null"/>.
    /// </summary>
    public Category? Find(string memberName, INamedTypeSymbol container, CancellationToken cancellationToken)
    {
        // The written marks first (syntax, cached per tree and per reference): with nothing marked, or no mark of this name on
        // a type of this stem, nothing is bound or indexed.
        if (candidates.Value.Count == 0)
        {
            return null;
        }

        var stem = StemOf(container.Name);
        if (stem is null || !candidates.Value.Contains(Key(stem, memberName)) || !byStem.Value.TryGetValue(stem, out var related) || related.Length < 2)
        {
            return null;
        }

        foreach (var type in related)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (SymbolEqualityComparer.Default.Equals(type, container.OriginalDefinition))
            {
                continue;
            }

            if (!marks.TryGetValue(type, out var marked))
            {
                marked = marks.GetOrAdd(type, Marks(type, cancellationToken));
            }

            if (marked is not null && marked.TryGetValue(Normalize(memberName), out var category))
            {
                return category;
            }
        }

        return null;
    }

    /// <summary>A member's name as copies are matched: any case, a leading underscore ignored.</summary>
    public static string Normalize(string name) => name.TrimStart('_').ToLowerInvariant();

    /// <summary>What a member of a type with this stem is matched by: its stem and its normalized name.</summary>
    public static string Key(string stem, string memberName) => stem + "\0" + Normalize(memberName);

    // The marked fields and properties of a type (a positional record's marks may sit on its parameters), by normalized name;
    // null when none is marked.
    private Dictionary<string, Category>? Marks(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        Dictionary<string, Category>? found = null;
        foreach (var member in type.GetMembers())
        {
            if (member is not (IPropertySymbol { IsImplicitlyDeclared: false, IsIndexer: false } or IFieldSymbol { IsImplicitlyDeclared: false, IsConst: false }))
            {
                continue;
            }

            if (MayCarryAttributes(member, cancellationToken) && PiiDeclaration.Find(member.GetAttributes(), pii)?.Category is { } category)
            {
                found ??= new Dictionary<string, Category>(StringComparer.Ordinal);
                found[Normalize(member.Name)] = category;
            }
        }

        if (type.IsRecord)
        {
            foreach (var constructor in type.InstanceConstructors)
            {
                foreach (var parameter in constructor.Parameters)
                {
                    if (MayCarryAttributes(parameter, cancellationToken) && PiiDeclaration.Find(parameter.GetAttributes(), pii)?.Category is { } category)
                    {
                        found ??= new Dictionary<string, Category>(StringComparer.Ordinal);
                        found[Normalize(parameter.Name)] = category;
                    }
                }
            }
        }

        return found;
    }

    // A member declared in source without an attribute list carries no mark: its attributes are not bound to find out.
    private static bool MayCarryAttributes(ISymbol symbol, CancellationToken cancellationToken)
    {
        if (symbol.DeclaringSyntaxReferences.IsEmpty)
        {
            return true;
        }

        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            if (PiiDiscoveryAnalyzer.AttributeLists(reference.GetSyntax(cancellationToken)).Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    // "stem\0name" of every data member written with [Pii] here or in a referenced assembly that uses PiiGuard.
    private HashSet<string> Candidates()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (type, member) in Flow.PiiRelevance.MarkedDataMembers(compilation, pii, CancellationToken.None))
        {
            if (StemOf(type) is { } stem)
            {
                keys.Add(Key(stem, member));
                candidateStems.TryAdd(stem, true);
            }
        }

        return keys;
    }

    private string? StemOf(string typeName) =>
        stems.TryGetValue(typeName, out var stem) ? stem : stems.GetOrAdd(typeName, Stem(typeName));

    // Every type of the compilation and of referenced assemblies that reference PiiGuard's own whose stem is a marked member's
    // type's (Find asks for the index only after the candidates are known), by stem; each list in the
    // order of the types' full names, so that the first mark found is the same on every build.
    private Dictionary<string, ImmutableArray<INamedTypeSymbol>> Index()
    {
        var lists = new Dictionary<string, List<INamedTypeSymbol>>(StringComparer.Ordinal);
        void Add(INamespaceOrTypeSymbol scope)
        {
            foreach (var member in scope.GetMembers())
            {
                switch (member)
                {
                    case INamespaceSymbol ns:
                        Add(ns);
                        break;
                    case INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface } type:
                        // Only the stems of marked members' types are kept (the index is built after the candidates).
                        if (!type.IsImplicitlyDeclared && StemOf(type.Name) is { } stem && candidateStems.ContainsKey(stem))
                        {
                            if (!lists.TryGetValue(stem, out var list))
                            {
                                lists[stem] = list = new List<INamedTypeSymbol>();
                            }

                            list.Add(type);
                        }

                        Add(type);
                        break;
                }
            }
        }

        Add(compilation.Assembly.GlobalNamespace);
        var piiAssembly = pii.ContainingAssembly;
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (!SymbolEqualityComparer.Default.Equals(assembly, piiAssembly) && UsesPiiGuard(assembly, piiAssembly))
            {
                Add(assembly.GlobalNamespace);
            }
        }

        var index = new Dictionary<string, ImmutableArray<INamedTypeSymbol>>(lists.Count, StringComparer.Ordinal);
        foreach (var pair in lists)
        {
            if (pair.Value.Count > 1)
            {
                pair.Value.Sort(static (a, b) => string.CompareOrdinal(a.ToDisplayString(), b.ToDisplayString()));
                index[pair.Key] = pair.Value.ToImmutableArray();
            }
        }

        return index;
    }

    private static bool UsesPiiGuard(IAssemblySymbol assembly, IAssemblySymbol piiAssembly)
    {
        foreach (var module in assembly.Modules)
        {
            foreach (var referenced in module.ReferencedAssemblySymbols)
            {
                if (SymbolEqualityComparer.Default.Equals(referenced, piiAssembly))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
