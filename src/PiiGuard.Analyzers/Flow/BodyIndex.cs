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
/// What one syntax tree says, read from syntax alone, about where personal data could be: its types (names, base
/// types, attributes), its members (names, the type names their signatures mention, attributes), and for each
/// member with executable code the distinct identifiers that code uses. Built once per tree and shared by every
/// compilation that holds the same tree (an edit re-reads only the edited file).
/// </summary>
internal sealed class TreeIndex
{
    private static readonly ConditionalWeakTable<SyntaxTree, TreeIndex> Cache = new();

    private TreeIndex(ImmutableArray<TypeEntry> types, ImmutableArray<MemberEntry> members, ImmutableArray<string> piiAliases)
    {
        Types = types;
        Members = members;
        PiiAliases = piiAliases;
    }

    public ImmutableArray<TypeEntry> Types { get; }

    /// <summary>Members and other units of executable code (top-level statements, primary-constructor arguments).</summary>
    public ImmutableArray<MemberEntry> Members { get; }

    /// <summary>Alias names (<c>using Personal = PiiGuard.PiiAttribute;</c>) that stand for <c>[Pii]</c>.</summary>
    public ImmutableArray<string> PiiAliases { get; }

    public static TreeIndex For(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (Cache.TryGetValue(tree, out var known))
        {
            return known;
        }

        var index = Build(tree.GetRoot(cancellationToken), cancellationToken);
        return Cache.GetValue(tree, _ => index);
    }

    /// <summary>Whether an attribute name (its last identifier) can be <c>[Pii]</c>.</summary>
    public static bool IsPiiAttributeName(string name) => Array.IndexOf(OwnPiiNames, name) >= 0;

    /// <summary>The names <c>[Pii]</c> goes by in these trees: its own two and every alias declared for it.</summary>
    public static HashSet<string> PiiAttributeNames(IEnumerable<TreeIndex> indexes) =>
        new(indexes.SelectMany(i => i.PiiAliases).Concat(OwnPiiNames), StringComparer.Ordinal);

    private static readonly string[] OwnPiiNames = { "Pii", "PiiAttribute" };

    /// <summary>The declarations of a tree (namespaces, types, members), never descending into code.</summary>
    public static IEnumerable<SyntaxNode> Declarations(SyntaxNode root) =>
        root.DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax);

    /// <summary>Adds to <paramref name="names"/> every type that derives, directly or not, from one named in it (by name).</summary>
    public static void AddSubclasses(HashSet<string> names, IReadOnlyCollection<TypeEntry> types)
    {
        for (var changed = names.Count > 0; changed;)
        {
            changed = false;
            foreach (var type in types)
            {
                if (!names.Contains(type.Name) && type.Bases.Any(names.Contains))
                {
                    changed |= names.Add(type.Name);
                }
            }
        }
    }

    // What a serializer or structured logger prints of an object: its public instance members (an interface's are public).
    private static bool IsPublic(SyntaxTokenList modifiers, SyntaxNode member) =>
        (modifiers.Any(SyntaxKind.PublicKeyword) || member.Parent is InterfaceDeclarationSyntax) && !modifiers.Any(SyntaxKind.StaticKeyword) && !modifiers.Any(SyntaxKind.ConstKeyword);

    // The names of the base class and interfaces, without their type arguments: UserConfiguration :
    // IEntityTypeConfiguration<User> is not a User (as the references' metadata reads: base names only).
    private static ImmutableArray<string> BaseNames(BaseListSyntax list) =>
        list.Types.Select(t => t.Type switch
            {
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                _ => null,
            })
            .Where(n => n is not null)
            .Select(n => n!)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToImmutableArray();

    private static TreeIndex Build(SyntaxNode root, CancellationToken cancellationToken)
    {
        var types = ImmutableArray.CreateBuilder<TypeEntry>();
        var members = ImmutableArray.CreateBuilder<MemberEntry>();
        var aliases = ImmutableArray.CreateBuilder<string>();
        var globalStatements = new List<SyntaxNode>();

        // Declarations only: bodies are read once each, as identifier sets, never walked node by node here.
        foreach (var node in Declarations(root))
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (node)
            {
                case UsingDirectiveSyntax { Alias: { } alias } @using when LastName(@using.Name) is { } target && IsPiiAttributeName(target):
                    aliases.Add(alias.Name.Identifier.ValueText);
                    break;
                case GlobalStatementSyntax global:
                    globalStatements.Add(global);
                    break;
                case TypeDeclarationSyntax type:
                    var typeName = type.Identifier.ValueText;
                    var bases = type.BaseList is null ? ImmutableArray<string>.Empty : BaseNames(type.BaseList);
                    var typeAttributes = AttributeNames(type.AttributeLists);
                    var parameterAttributes = type.ParameterList is null
                        ? ImmutableArray<string>.Empty
                        : type.ParameterList.Parameters.SelectMany(p => AttributeNames(p.AttributeLists)).ToImmutableArray();
                    types.Add(new TypeEntry(typeName, bases, typeAttributes, parameterAttributes));
                    if (type.ParameterList is not null)
                    {
                        // Primary constructor: its parameters and the base type's arguments run as code of the type.
                        var parameterTypes = Identifiers(type.ParameterList.Parameters.Where(p => p.Type is not null).Select(p => p.Type!));
                        foreach (var parameter in type.ParameterList.Parameters)
                        {
                            members.Add(new MemberEntry(parameter.Identifier.ValueText, typeName, parameter.Type is null ? ImmutableArray<string>.Empty : Identifiers(new[] { parameter.Type }), AttributeNames(parameter.AttributeLists), null, CanReturn: true, IsData: true,
                                Exposed: type is RecordDeclarationSyntax, Stored: true));
                        }

                        members.Add(new MemberEntry(null, typeName, parameterTypes, ImmutableArray<string>.Empty, Code(new SyntaxNode?[] { type.ParameterList, type.BaseList }), CanReturn: false, IsData: false, TakesArguments: type.ParameterList.Parameters.Count > 0));
                    }

                    break;
                case BaseMethodDeclarationSyntax method:
                    var returnType = method is MethodDeclarationSyntax m ? m.ReturnType : null;
                    var attributes = AttributeNames(method.AttributeLists).AddRange(method.ParameterList.Parameters.SelectMany(p => AttributeNames(p.AttributeLists)));
                    members.Add(new MemberEntry(
                        method is MethodDeclarationSyntax named ? named.Identifier.ValueText : null,
                        ContainingTypeName(method),
                        returnType is null ? ImmutableArray<string>.Empty : Identifiers(new[] { returnType }),
                        attributes,
                        Code(new SyntaxNode?[] { method }),
                        CanReturn: method is MethodDeclarationSyntax { ReturnType: var rt } && !IsVoidLike(rt) || method.ParameterList.Parameters.Any(p => p.Modifiers.Any(SyntaxKind.OutKeyword) || p.Modifiers.Any(SyntaxKind.RefKeyword)),
                        IsData: false,
                        TakesArguments: method.ParameterList.Parameters.Count > 0));
                    break;
                case BasePropertyDeclarationSyntax property:
                    var propertyName = property switch
                    {
                        PropertyDeclarationSyntax p => p.Identifier.ValueText,
                        EventDeclarationSyntax e => e.Identifier.ValueText,
                        _ => null,
                    };
                    var propertyAttributes = AttributeNames(property.AttributeLists);
                    if (property is IndexerDeclarationSyntax indexer)
                    {
                        propertyAttributes = propertyAttributes.AddRange(indexer.ParameterList.Parameters.SelectMany(p => AttributeNames(p.AttributeLists)));
                    }

                    members.Add(new MemberEntry(propertyName, ContainingTypeName(property), Identifiers(new[] { property.Type }), propertyAttributes, Code(new SyntaxNode?[] { property }), CanReturn: true, IsData: property is PropertyDeclarationSyntax,
                        TakesArguments: property is IndexerDeclarationSyntax || property.AccessorList?.Accessors.Any(a => !a.IsKind(SyntaxKind.GetAccessorDeclaration)) == true,
                        Exposed: IsPublic(property.Modifiers, property),
                        Stored: property is PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors } && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null)));
                    break;
                case BaseFieldDeclarationSyntax field:
                    var fieldTypes = Identifiers(new[] { field.Declaration.Type });
                    var fieldAttributes = AttributeNames(field.AttributeLists);
                    foreach (var variable in field.Declaration.Variables)
                    {
                        members.Add(new MemberEntry(variable.Identifier.ValueText, ContainingTypeName(field), fieldTypes, fieldAttributes, variable.Initializer is null ? null : Code(new SyntaxNode?[] { variable.Initializer }), CanReturn: true, IsData: field is FieldDeclarationSyntax,
                            Exposed: IsPublic(field.Modifiers, field), Stored: true));
                    }

                    break;
            }
        }

        if (globalStatements.Count > 0)
        {
            members.Add(new MemberEntry(null, null, ImmutableArray<string>.Empty, ImmutableArray<string>.Empty, Code(globalStatements), CanReturn: false, IsData: false));
        }

        return new TreeIndex(types.ToImmutable(), members.ToImmutable(), aliases.ToImmutable());
    }

    // A result that cannot carry personal data (as PiiModel.IsDerivedClean sees it, from syntax): nothing, a number, a
    // flag, a character, an id or a date, a nullable of one, or a task of one. Enums are not known from syntax.
    private static bool IsVoidLike(TypeSyntax type) => type switch
    {
        PredefinedTypeSyntax predefined => !predefined.Keyword.IsKind(SyntaxKind.StringKeyword) && !predefined.Keyword.IsKind(SyntaxKind.ObjectKeyword),
        NullableTypeSyntax nullable => IsVoidLike(nullable.ElementType),
        GenericNameSyntax { Identifier.ValueText: "Task" or "ValueTask", TypeArgumentList.Arguments.Count: 1 } task => IsVoidLike(task.TypeArgumentList.Arguments[0]),
        QualifiedNameSyntax { Right: GenericNameSyntax generic } => IsVoidLike(generic),
        _ => LastName(type) is "Task" or "ValueTask" or "Guid" or "DateTime" or "DateTimeOffset" or "TimeSpan" or "DateOnly" or "TimeOnly",
    };

    private static string? ContainingTypeName(SyntaxNode node) =>
        node.Parent is TypeDeclarationSyntax type ? type.Identifier.ValueText : null;

    /// <summary>The last identifier of a (qualified, generic or aliased) name: "Json" of <c>System.Text.Json</c>.</summary>
    internal static string? LastName(SyntaxNode? name) => name switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        QualifiedNameSyntax qualified => LastName(qualified.Right),
        AliasQualifiedNameSyntax aliased => LastName(aliased.Name),
        _ => null,
    };

    private static ImmutableArray<string> AttributeNames(SyntaxList<AttributeListSyntax> lists)
    {
        if (lists.Count == 0)
        {
            return ImmutableArray<string>.Empty;
        }

        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var list in lists)
        {
            foreach (var attribute in list.Attributes)
            {
                if (LastName(attribute.Name) is { } name)
                {
                    names.Add(name);
                }
            }
        }

        return names.ToImmutable();
    }

    private static ImmutableArray<string> Identifiers(IEnumerable<SyntaxNode> nodes)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            foreach (var token in node.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken))
                {
                    names.Add(token.ValueText);
                }
            }
        }

        return names.OrderBy(n => n, StringComparer.Ordinal).ToImmutableArray();
    }

    // Read on first use only: a compilation that declares nothing never tokenizes a body.
    private static CodeIdentifiers Code(IEnumerable<SyntaxNode?> nodes) => new(nodes.Where(n => n is not null).ToArray()!);

    /// <summary>The distinct identifiers a member's code uses, read from its syntax the first time they are asked for.</summary>
    internal sealed class CodeIdentifiers
    {
        [ThreadStatic]
        private static HashSet<string>? scratch;

        private readonly SyntaxNode[] nodes;
        private ImmutableArray<string> names;

        public CodeIdentifiers(SyntaxNode[] nodes)
        {
            this.nodes = nodes;
        }

        /// <summary>The code's syntax: the member's declaration, or the pieces of code it is made of.</summary>
        public IReadOnlyList<SyntaxNode> Nodes => nodes;

        /// <summary>
        /// The identifiers, and for each object created with an argument that is not a constant (an exception message
        /// that may carry data) <c>"new " + its type name</c>.
        /// </summary>
        public ImmutableArray<string> Names
        {
            get
            {
                if (names.IsDefault)
                {
                    // One pass over the code (it is read for most members of every tree of a project that declares data),
                    // into a set reused by the thread: only the sorted names are kept.
                    var found = scratch ??= new HashSet<string>(StringComparer.Ordinal);
                    found.Clear();
                    foreach (var node in nodes)
                    {
                        foreach (var item in node.DescendantNodesAndTokensAndSelf())
                        {
                            if (item.IsToken)
                            {
                                if (item.IsKind(SyntaxKind.IdentifierToken))
                                {
                                    found.Add(item.AsToken().ValueText);
                                }

                                continue;
                            }

                            switch (item.AsNode())
                            {
                                case ObjectCreationExpressionSyntax creation when CarriesArguments(creation) && LastName(creation.Type) is { } created:
                                    found.Add(NewPrefix + created);
                                    break;
                                case AssignmentExpressionSyntax assignment when FieldStore.TargetName(assignment.Left) is { } assigned:
                                    // name = …, this.name = …: the object's own members this code writes (FieldStore).
                                    found.Add(AssignedPrefix + assigned);
                                    break;
                            }
                        }
                    }

                    var sorted = ImmutableArray.CreateBuilder<string>(found.Count);
                    sorted.AddRange(found);
                    found.Clear();
                    sorted.Sort(StringComparer.Ordinal);
                    names = sorted.MoveToImmutable();
                }

                return names;
            }
        }
    }

    /// <summary>The prefix of a created type's entry in <see cref="CodeIdentifiers.Names"/> (no identifier has a space).</summary>
    public const string NewPrefix = "new ";

    /// <summary>The prefix of an entry in <see cref="CodeIdentifiers.Names"/> for a member of its own object the code assigns.</summary>
    public const string AssignedPrefix = "= ";

    /// <summary>Whether an object creation passes something that is not a literal or a <c>nameof</c>.</summary>
    public static bool CarriesArguments(ObjectCreationExpressionSyntax creation) =>
        creation.ArgumentList?.Arguments.Any(a => a.Expression is not LiteralExpressionSyntax &&
            a.Expression is not InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } }) == true;

    /// <summary>Whether an identifier is the type of an object creation that carries arguments.</summary>
    public static bool IsCreatedWithArguments(SyntaxToken identifier)
    {
        SyntaxNode? name = identifier.Parent;
        while (name?.Parent is QualifiedNameSyntax or AliasQualifiedNameSyntax)
        {
            name = name.Parent;
        }

        return name?.Parent is ObjectCreationExpressionSyntax creation && creation.Type == name && CarriesArguments(creation);
    }
}

/// <summary>A type declaration: its name, the identifiers of its base list, and the attribute names on it and its parameters.</summary>
internal sealed record TypeEntry(string Name, ImmutableArray<string> Bases, ImmutableArray<string> Attributes, ImmutableArray<string> ParameterAttributes);

/// <summary>
/// A member or unit of code: its name (null for code no caller names), its containing type, the identifiers its
/// declared type mentions, the attribute names on it, the identifiers its code uses (null: no code), and whether
/// it can hand data back to a caller (a non-void method, a property, a field, an out parameter); data members
/// (fields, properties, primary-constructor parameters) make their type a holder of what they hold. A member that takes
/// arguments (parameters, a setter's value, an indexer) can hand what its caller passes on to a sink.
/// </summary>
internal sealed record MemberEntry(string? Name, string? ContainingType, ImmutableArray<string> TypeMentions, ImmutableArray<string> Attributes, TreeIndex.CodeIdentifiers? Code, bool CanReturn, bool IsData, bool TakesArguments = false, bool Exposed = true, bool Stored = false);
