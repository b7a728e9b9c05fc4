using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PiiGuard.Analyzers.Flow;

/// <summary>
/// The one definition of "a body worth walking", shared by the flow analyzer and the generator's flows section.
/// A body can only produce a finding if some value in it carries declared data, and a value can only get there
/// through a name: a type that holds declared data (<c>Customer c</c>), a member whose type does (<c>db.Customers</c>, <c>FindAsync</c> returning <c>Task&lt;Customer&gt;</c>), a helper whose own
/// code does (<c>FormatContact(…)</c>, followed to a fixpoint), or a <c>[Pii]</c> attribute on its parameters. So the
/// set of such names, computed from syntax and the references' metadata, selects the bodies to bind; every other body
/// is never bound. A compilation whose sources and references declare nothing selects none.
/// </summary>
internal sealed class PiiRelevance
{
    public static readonly PiiRelevance None = new(ImmutableHashSet<string>.Empty, ImmutableHashSet<string>.Empty);

    private PiiRelevance(ImmutableHashSet<string> names, ImmutableHashSet<string> holderTypes)
    {
        Names = names;
        HolderTypes = holderTypes;
    }

    /// <summary>Identifiers whose presence makes a body relevant.</summary>
    public ImmutableHashSet<string> Names { get; }

    /// <summary>Names of types that declare or hold personal data; code inside them is always relevant.</summary>
    public ImmutableHashSet<string> HolderTypes { get; }

    /// <summary>Nothing is declared: no body is walked.</summary>
    public bool IsEmpty => HolderTypes.IsEmpty && Names.IsEmpty;

    public static PiiRelevance Compute(Compilation compilation, INamedTypeSymbol piiAttribute, CancellationToken cancellationToken)
    {
        var indexes = compilation.SyntaxTrees.Select(t => TreeIndex.For(t, cancellationToken)).ToList();
        var attributeNames = TreeIndex.PiiAttributeNames(indexes);

        bool Marked(ImmutableArray<string> attributes) => attributes.Any(attributeNames.Contains);

        var holders = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var (types, members) = ReferencedFacts(compilation, piiAttribute, cancellationToken);
        types.AddRange(indexes.SelectMany(i => i.Types));
        members.AddRange(indexes.SelectMany(i => i.Members));
        foreach (var type in types)
        {
            if (Marked(type.Attributes) || Marked(type.ParameterAttributes))
            {
                holders.Add(type.Name);
            }
        }

        foreach (var member in members)
        {
            if (Marked(member.Attributes))
            {
                // A declared data member is only read through an object of its holder type, and that object reaches a
                // body through a name already in the set (a parameter or local typed with the holder, a member or
                // helper returning it): so "Name" or "City" alone, common words, does not select a body. A method's
                // [return: Pii] is read by calling it: its name does.
                if (member.Name is { } name && !member.IsData)
                {
                    names.Add(name);
                }

                if (member.ContainingType is { } containing && member.IsData)
                {
                    holders.Add(containing);
                }
            }
        }

        if (holders.Count == 0 && names.Count == 0)
        {
            // Nothing declared in the sources or the references: a project that does not use PiiGuard pays nothing more.
            return None;
        }

        // Subclasses of holders hold what their base holds; types with data members of a holder type hold it too.
        for (var changed = true; changed;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            changed = false;
            foreach (var type in types)
            {
                if (!holders.Contains(type.Name) && type.Bases.Any(holders.Contains))
                {
                    changed |= holders.Add(type.Name);
                }
            }

            foreach (var member in members)
            {
                if (member.IsData && member.ContainingType is { } containing && !holders.Contains(containing) && member.TypeMentions.Any(holders.Contains))
                {
                    changed |= holders.Add(containing);
                }
            }
        }

        names.UnionWith(holders);
        names.UnionWith(attributeNames);

        // A value typed as a base class or interface of a holder (IntegrationEvent, IRequest<T>), or as a type parameter
        // constrained to one, may be a holder at run time: those names make a body relevant too.
        var byName = types.GroupBy(t => t.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var bases = new Queue<string>(types.Where(t => holders.Contains(t.Name)).SelectMany(t => t.Bases));
        while (bases.Count > 0)
        {
            var name = bases.Dequeue();
            if (name is "object" or "Object" || !names.Add(name) || !byName.TryGetValue(name, out var declared))
            {
                continue;
            }

            foreach (var type in declared)
            {
                foreach (var further in type.Bases)
                {
                    bases.Enqueue(further);
                }
            }
        }
        foreach (var member in members)
        {
            if (member.Name is { } name && member.TypeMentions.Any(holders.Contains))
            {
                names.Add(name);
            }
        }

        // Helpers whose own code touches a relevant name hand it back to their callers: follow that to a fixpoint,
        // through an index from each name to the helpers that use it.
        var users = new Dictionary<string, List<MemberEntry>>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (member is { Name: { } name, CanReturn: true, Code: { } code } && !names.Contains(name))
            {
                foreach (var identifier in code.Names)
                {
                    if (!users.TryGetValue(identifier, out var list))
                    {
                        users[identifier] = list = new List<MemberEntry>();
                    }

                    list.Add(member);
                }
            }
            else if (member is { Name: { } inside, CanReturn: true, ContainingType: { } type } && holders.Contains(type))
            {
                names.Add(inside);
            }
        }

        var pending = new Queue<string>(names);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!users.TryGetValue(pending.Dequeue(), out var list))
            {
                continue;
            }

            foreach (var member in list)
            {
                if (names.Add(member.Name!))
                {
                    pending.Enqueue(member.Name!);
                }
            }
        }

        return new PiiRelevance(names.ToImmutableHashSet(StringComparer.Ordinal), holders.ToImmutableHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// Whether a source compilation uses <c>[Pii]</c> anywhere (by its syntax, cached per tree): lets a project
    /// reference that declares nothing be skipped without binding a single declaration of it.
    /// </summary>
    public static bool SourceDeclaresPii(Compilation compilation, CancellationToken cancellationToken)
    {
        var indexes = compilation.SyntaxTrees.Select(t => TreeIndex.For(t, cancellationToken)).ToList();
        var names = TreeIndex.PiiAttributeNames(indexes);
        return indexes.Any(i =>
            i.Types.Any(t => t.Attributes.Any(names.Contains) || t.ParameterAttributes.Any(names.Contains)) ||
            i.Members.Any(m => m.Attributes.Any(names.Contains)));
    }

    /// <summary>
    /// Whether the code unit around <paramref name="codeBlock"/> (its member declaration, the file's top-level
    /// statements, a primary constructor) can touch declared data.
    /// </summary>
    public bool IsRelevant(SyntaxNode codeBlock)
    {
        if (IsEmpty)
        {
            return false;
        }

        var unit = Unit(codeBlock);
        for (var type = unit.Parent; type is not null; type = type.Parent)
        {
            if (type is TypeDeclarationSyntax declaration && HolderTypes.Contains(declaration.Identifier.ValueText))
            {
                return true;
            }

            // class LoggingBehavior<TRequest> where TRequest : IRequest<TResponse>: its members see TRequest.
            if (type is TypeDeclarationSyntax { ConstraintClauses.Count: > 0 } generic &&
                generic.ConstraintClauses.SelectMany(c => c.DescendantTokens()).Any(t => t.IsKind(SyntaxKind.IdentifierToken) && Names.Contains(t.ValueText)))
            {
                return true;
            }
        }

        IEnumerable<SyntaxNode> nodes = unit is CompilationUnitSyntax compilationUnit
            ? compilationUnit.Members.OfType<GlobalStatementSyntax>()
            : new[] { unit };
        foreach (var node in nodes)
        {
            foreach (var token in node.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && Names.Contains(token.ValueText))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The declaration a code block belongs to, as <see cref="TreeIndex"/> reads it.</summary>
    private static SyntaxNode Unit(SyntaxNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax or BaseFieldDeclarationSyntax:
                    return current;
                case GlobalStatementSyntax { Parent: { } root }:
                    return root;
                case TypeDeclarationSyntax or CompilationUnitSyntax:
                    return current;
            }
        }

        return node;
    }

    // ---------------------------------------------------------------- referenced assemblies

    private sealed record ReferenceFacts(ImmutableArray<TypeEntry> Types, ImmutableArray<MemberEntry> Members);

    private static readonly ConditionalWeakTable<IAssemblySymbol, ReferenceFacts> ReferenceCache = new();

    // The names an assembly references: read once per assembly symbol (reference-pack assemblies are shared by every
    // compilation that references them), not per compilation.
    private static readonly ConditionalWeakTable<IAssemblySymbol, ImmutableHashSet<string>> ReferencedNames = new();

    private static readonly ImmutableArray<string> PiiMark = ImmutableArray.Create("Pii");

    /// <summary>
    /// The types and members of referenced assemblies, read as the same entries syntax gives, for the assemblies that
    /// can matter: those that reference PiiGuard (they may declare data) and those that reference one of them (they
    /// may hand out its holders). Each assembly is read once and cached.
    /// </summary>
    private static (List<TypeEntry> Types, List<MemberEntry> Members) ReferencedFacts(Compilation compilation, INamedTypeSymbol piiAttribute, CancellationToken cancellationToken)
    {
        var types = new List<TypeEntry>();
        var members = new List<MemberEntry>();
        var attributeAssembly = piiAttribute.ContainingAssembly;
        var assemblies = compilation.References
            .Select(compilation.GetAssemblyOrModuleSymbol)
            .OfType<IAssemblySymbol>()
            .Where(a => !SymbolEqualityComparer.Default.Equals(a, attributeAssembly))
            .Select(a => (Assembly: a, References: ReferencedNames.GetValue(a, static assembly => assembly.Modules.SelectMany(m => m.ReferencedAssemblies).Select(r => r.Name).ToImmutableHashSet())))
            .ToList();
        var declaring = new HashSet<string>(assemblies.Where(a => a.References.Contains(attributeAssembly.Name)).Select(a => a.Assembly.Name), StringComparer.Ordinal)
        {
            attributeAssembly.Name,
        };

        var sources = compilation.References.OfType<CompilationReference>()
            .ToDictionary(r => r.Compilation.Assembly.Name, r => r.Compilation, StringComparer.Ordinal);
        foreach (var (assembly, referenced) in assemblies)
        {
            if (!referenced.Any(declaring.Contains))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (sources.TryGetValue(assembly.Name, out var source))
            {
                // A project reference (the IDE, in-process builds): its syntax says the same, without binding it.
                foreach (var tree in source.SyntaxTrees)
                {
                    var index = TreeIndex.For(tree, cancellationToken);
                    types.AddRange(index.Types);
                    members.AddRange(index.Members.Select(m => m with { Code = null }));
                }

                continue;
            }

            if (!ReferenceCache.TryGetValue(assembly, out var facts))
            {
                facts = ReferenceCache.GetValue(assembly, a => Scan(a, piiAttribute));
            }

            types.AddRange(facts.Types);
            members.AddRange(facts.Members);
        }

        return (types, members);
    }

    private static ReferenceFacts Scan(IAssemblySymbol assembly, INamedTypeSymbol piiAttribute)
    {
        var types = ImmutableArray.CreateBuilder<TypeEntry>();
        var members = ImmutableArray.CreateBuilder<MemberEntry>();
        bool IsPii(ImmutableArray<AttributeData> attributes) => attributes.Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, piiAttribute));

        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var child in current.GetTypeMembers())
            {
                pending.Push(child);
            }

            if (current is INamespaceSymbol ns)
            {
                foreach (var inner in ns.GetNamespaceMembers())
                {
                    pending.Push(inner);
                }

                continue;
            }

            var type = (INamedTypeSymbol)current;
            if (type.DeclaredAccessibility == Accessibility.Private)
            {
                continue;
            }

            var bases = new HashSet<string>(StringComparer.Ordinal);
            if (type.BaseType is { } baseType)
            {
                bases.Add(baseType.Name);
            }

            bases.UnionWith(type.Interfaces.Select(i => i.Name));
            var positional = type.IsRecord && type.InstanceConstructors.Any(c => c.Parameters.Any(p => IsPii(p.GetAttributes())));
            types.Add(new TypeEntry(type.Name, bases.ToImmutableArray(), IsPii(type.GetAttributes()) ? PiiMark : ImmutableArray<string>.Empty, positional ? PiiMark : ImmutableArray<string>.Empty));
            foreach (var member in type.GetMembers())
            {
                if (member.DeclaredAccessibility == Accessibility.Private || member.IsImplicitlyDeclared)
                {
                    continue;
                }

                var memberType = member switch
                {
                    IPropertySymbol p => p.Type,
                    IFieldSymbol f => f.Type,
                    IMethodSymbol { MethodKind: MethodKind.Ordinary } m => m.ReturnType,
                    _ => null,
                };
                if (memberType is null)
                {
                    continue;
                }

                var own = IsPii(member.GetAttributes()) || (member is IMethodSymbol method && IsPii(method.GetReturnTypeAttributes()));
                var mentions = new HashSet<string>(StringComparer.Ordinal);
                Mentions(memberType, mentions, 0);
                members.Add(new MemberEntry(member.Name, type.Name, mentions.ToImmutableArray(), own ? PiiMark : ImmutableArray<string>.Empty, null, CanReturn: true, IsData: member is not IMethodSymbol));
            }
        }

        return new ReferenceFacts(types.ToImmutable(), members.ToImmutable());
    }

    private static void Mentions(ITypeSymbol type, HashSet<string> into, int depth)
    {
        if (depth > 6)
        {
            return;
        }

        switch (type)
        {
            case IArrayTypeSymbol array:
                Mentions(array.ElementType, into, depth + 1);
                break;
            case INamedTypeSymbol named:
                into.Add(named.Name);
                foreach (var argument in named.TypeArguments)
                {
                    Mentions(argument, into, depth + 1);
                }

                break;
            default:
                into.Add(type.Name);
                break;
        }
    }
}
