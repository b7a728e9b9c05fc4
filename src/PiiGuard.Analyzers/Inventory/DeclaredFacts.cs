using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Analyzers.Model;

namespace PiiGuard.Analyzers.Inventory;

/// <summary>
/// What the declarations written with <c>[Pii]</c>, <c>[PiiDestination]</c> and <c>[PiiStorage]</c> say: the items of
/// marked members, constructor parameters and types, the names of types marked as a whole, and the declared
/// destinations and stores. One pass: each candidate declaration is bound once and its attributes read once.
/// </summary>
internal sealed record DeclaredFacts(
    EquatableArray<ItemSpec> Items,
    EquatableArray<string> TypeLevelNames,
    EquatableArray<DestinationSpec> Destinations,
    EquatableArray<StorageSpec> Stores)
{
    /// <summary>Nothing declared (and nothing read).</summary>
    public static DeclaredFacts None { get; } = new(EquatableArray<ItemSpec>.Empty, EquatableArray<string>.Empty, EquatableArray<DestinationSpec>.Empty, EquatableArray<StorageSpec>.Empty);

    // Per tree: the declarations that carry attribute lists (syntax only, so an unchanged tree is never walked again).
    private static readonly ConditionalWeakTable<SyntaxTree, Candidates> CandidatesByTree = new();

    public static DeclaredFacts Read(Compilation compilation, CancellationToken cancellationToken)
    {
        var pii = compilation.GetTypeByMetadataName(KnownTypes.PiiAttributeName);
        var destination = compilation.GetTypeByMetadataName(KnownTypes.PiiDestinationAttributeName);
        var storage = compilation.GetTypeByMetadataName(KnownTypes.PiiStorageAttributeName);
        var access = compilation.GetTypeByMetadataName(KnownTypes.PiiAccessAttributeName);
        var items = new List<ItemSpec>();
        var typeLevel = new SortedSet<string>(StringComparer.Ordinal);
        var destinations = new List<DestinationSpec>();
        var stores = new List<StorageSpec>();
        if (pii is null && destination is null && storage is null)
        {
            return None;
        }

        foreach (var (node, symbol) in Declared(compilation, static _ => true, cancellationToken))
        {
            // Only the attributes written on this declaration (a partial type's other parts yield their own).
            var tree = node.SyntaxTree;
            var span = node is VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax field } ? field.Span : node.Span;
            var attributes = symbol.GetAttributes();
            ImmutableArray<AttributeData> Written(INamedTypeSymbol? attribute) => attribute is null
                ? ImmutableArray<AttributeData>.Empty
                : attributes.Where(a =>
                    SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute) &&
                    a.ApplicationSyntaxReference is { } reference && reference.SyntaxTree == tree && span.Contains(reference.Span)).ToImmutableArray();

            if (node is not MethodDeclarationSyntax && !Written(pii).IsEmpty)
            {
                items.AddRange(InventoryParser.ItemsFor(symbol, pii!, access, cancellationToken));
                if (node is TypeDeclarationSyntax)
                {
                    typeLevel.Add(symbol.Name);
                }
            }

            if (node is not ParameterSyntax)
            {
                if (Written(destination) is { IsEmpty: false } destinationAttributes)
                {
                    destinations.AddRange(InventoryParser.DestinationsOn(symbol, destinationAttributes));
                }

                if (Written(storage) is { IsEmpty: false } storageAttributes)
                {
                    stores.AddRange(InventoryParser.StoresOn(storageAttributes));
                }
            }
        }

        return new DeclaredFacts(items.ToEquatableArray(), typeLevel.ToEquatableArray(), destinations.ToEquatableArray(), stores.ToEquatableArray());
    }

    /// <summary>
    /// The items declared with a targeted attribute list: <c>[property: Pii]</c> on a positional record's parameter and
    /// <c>[field: Pii]</c> on a property (the declaration's own attributes include neither).
    /// </summary>
    public static EquatableArray<ItemSpec> TargetedItems(Compilation compilation, CancellationToken cancellationToken)
    {
        if (compilation.GetTypeByMetadataName(KnownTypes.PiiAttributeName) is not { } pii)
        {
            return EquatableArray<ItemSpec>.Empty;
        }

        var access = compilation.GetTypeByMetadataName(KnownTypes.PiiAccessAttributeName);
        var items = new List<ItemSpec>();
        foreach (var (_, symbol) in Declared(compilation, static node => Targeted(node), cancellationToken))
        {
            if (symbol is IParameterSymbol or IPropertySymbol)
            {
                items.AddRange(InventoryParser.ItemsFor(symbol, pii, access, cancellationToken));
            }
        }

        return items.ToEquatableArray();
    }

    private static bool Targeted(SyntaxNode node) =>
        node is ParameterSyntax { Parent.Parent: RecordDeclarationSyntax } parameter && parameter.AttributeLists.Any(static l => l.Target?.Identifier.IsKind(SyntaxKind.PropertyKeyword) == true) ||
        node is PropertyDeclarationSyntax property && property.AttributeLists.Any(static l => l.Target?.Identifier.IsKind(SyntaxKind.FieldKeyword) == true);

    // The candidate declarations the filter accepts, with their symbols, in tree and syntax order: from the trees whose
    // text names a PiiGuard attribute, or from every tree when an alias of one is declared (a global alias may be all
    // another file says).
    private static IEnumerable<(SyntaxNode Node, ISymbol Symbol)> Declared(Compilation compilation, Func<SyntaxNode, bool> filter, CancellationToken cancellationToken)
    {
        var mentioning = compilation.SyntaxTrees.Where(t => PiiRelevance.MentionsPiiGuard(t, cancellationToken)).ToList();
        var aliased = mentioning.Any(t => CandidatesByTree.GetValue(t, static tree => new Candidates(tree)).DeclaresPiiAlias);
        foreach (var tree in aliased ? compilation.SyntaxTrees : mentioning)
        {
            SemanticModel? model = null;
            var candidates = CandidatesByTree.GetValue(tree, static t => new Candidates(t));
            // Without an alias, a PiiGuard attribute is written by a name that starts with Pii: declarations that carry only
            // other attributes ([Required], [JsonPropertyName]) are not bound.
            foreach (var node in aliased ? candidates.Nodes : candidates.PiiNamed)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!filter(node))
                {
                    continue;
                }

#pragma warning disable RS1030 // A generator step, not an analyzer: the declared symbols of attributed declarations.
                model ??= compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                if (model.GetDeclaredSymbol(node, cancellationToken) is { } symbol)
                {
                    yield return (node, symbol);
                }
            }
        }
    }

    private sealed class Candidates
    {
        public Candidates(SyntaxTree tree)
        {
            var nodes = ImmutableArray.CreateBuilder<SyntaxNode>();
            var piiNamed = ImmutableArray.CreateBuilder<SyntaxNode>();
            // Declarations only: members, fields, types, and the parameters of types (positional records, primary
            // constructors) and constructors. Bodies, expressions and other parameter lists are never entered.
            foreach (var node in tree.GetRoot().DescendantNodes(static n =>
                         n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax or BaseFieldDeclarationSyntax or VariableDeclarationSyntax or ConstructorDeclarationSyntax ||
                         n is ParameterListSyntax { Parent: TypeDeclarationSyntax or ConstructorDeclarationSyntax }))
            {
                var lists = node switch
                {
                    VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax field } => field.AttributeLists,
                    PropertyDeclarationSyntax property => property.AttributeLists,
                    TypeDeclarationSyntax type => type.AttributeLists,
                    MethodDeclarationSyntax method => method.AttributeLists,
                    ParameterSyntax parameter => parameter.AttributeLists,
                    _ => default,
                };
                if (lists.Count > 0)
                {
                    nodes.Add(node);
                    if (lists.Any(static l => l.Attributes.Any(static a => NamedPii(a.Name))))
                    {
                        piiNamed.Add(node);
                    }
                }

                if (node is UsingDirectiveSyntax { Alias: not null } alias && alias.NamespaceOrType.ToString().IndexOf("Pii", StringComparison.Ordinal) >= 0)
                {
                    DeclaresPiiAlias = true;
                }
            }

            Nodes = nodes.ToImmutable();
            PiiNamed = piiNamed.ToImmutable();
        }

        /// <summary>The declarations that carry attributes.</summary>
        public ImmutableArray<SyntaxNode> Nodes { get; }

        /// <summary>Those of <see cref="Nodes"/> with an attribute whose name starts with <c>Pii</c>.</summary>
        public ImmutableArray<SyntaxNode> PiiNamed { get; }

        private static bool NamedPii(NameSyntax name) => name switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText.StartsWith("Pii", StringComparison.Ordinal),
            QualifiedNameSyntax qualified => NamedPii(qualified.Right),
            AliasQualifiedNameSyntax aliased => NamedPii(aliased.Name),
            _ => true,
        };

        public bool DeclaresPiiAlias { get; }
    }
}
