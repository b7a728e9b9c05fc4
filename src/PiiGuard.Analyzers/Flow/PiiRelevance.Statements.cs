using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PiiGuard.Analyzers.Flow;

/// <summary>
/// The statement check: a body whose identifiers name both declared data and a sink is bound only if, statement by
/// statement, data can get from the one to the other. Most bodies that pass the identifier test (<c>user.Username</c>
/// compared in one place, <c>_logger.LogDebug("done")</c> in another) never hand data to a sink; binding them was most
/// of what the map and the analyzer paid on annotated code.
/// </summary>
/// <remarks>
/// Deliberately coarser than the walk it guards, so that it never drops a body the walk would report: flow-insensitive
/// (order and branches ignored), by name (a shadowed name counts everywhere), and per statement rather than per
/// expression. A statement reads a <em>value</em> (a data name other than a holder's: a helper returning data, a
/// framework source, a variable that got a value) or a <em>holder object</em> (a holder type or a member typed with
/// one, a variable that got one) — of which only the object itself (an argument, an initializer, a method called on
/// it) or a declared data member read from it (<c>user.Username</c>, not <c>user.Id</c>) counts. What a statement reads
/// it may put into every variable it names: those it declares (locals, pattern and <c>out</c> variables,
/// <c>foreach</c> and lambda parameters), those it assigns or calls a method on (<c>sb.Append(…)</c>,
/// <c>order.Note = …</c>), and those it passes or reads whole (<c>var copy = list</c>). The parameter list, the
/// constructor initializer and expression bodies form one more statement. A body is relevant when some statement that
/// reads data or a holder object also names a sink. Measured on annotated Jellyfin: 2,794 → 2,195 bodies bound, the
/// same findings (docs/performance.md).
/// </remarks>
internal sealed partial class PiiRelevance
{
    /// <summary>
    /// The subset of <see cref="Names"/> whose value is a holder object, or a collection or task of holders (a holder type,
    /// a member or helper typed with one, a base type a holder may be at run time): reading a member of it that is not a
    /// data member (<c>user.Id</c>, <c>users.Count</c>) yields no data.
    /// </summary>
    public ImmutableHashSet<string> ObjectNames { get; }

    /// <summary>Names of declared data members (<c>Username</c>): reading one of a holder object yields data.</summary>
    public ImmutableHashSet<string> DataMembers { get; }

    /// <summary>
    /// The subset of <see cref="Names"/> that are computed members of holder types (<c>DisplayName</c>, <c>ToString</c>):
    /// <c>x.ToString()</c> counts only where x may be a holder.
    /// </summary>
    public ImmutableHashSet<string> HolderMembers { get; }

    /// <summary>
    /// Whether, in the code unit made of <paramref name="nodes"/>, data named by <see cref="Names"/> can reach a
    /// statement that names a sink, propagating through the variables each statement names (to a fixpoint).
    /// </summary>
    /// <param name="nodes">The code unit.</param>
    /// <param name="values">Variables that hold data from the start (<see cref="ContractParameters"/>), else empty.</param>
    private bool DataReachesSinkStatement(IEnumerable<SyntaxNode> nodes, HashSet<string> values) =>
        ReachesSinkStatement(nodes, values, SinkNames.Contains, ownObjectCarries: true, ownData: false);

    /// <summary>
    /// <see cref="DataReachesSinkStatement"/> for code of a holder type, which also reads its own data through an implicit
    /// or explicit <c>this</c>: its data members' names (whoever declares them), <c>this</c>, <c>base</c> and
    /// <c>ToString</c> read data too.
    /// </summary>
    private bool OwnDataReachesSinkStatement(IEnumerable<SyntaxNode> nodes, HashSet<string> values) =>
        ReachesSinkStatement(nodes, values, SinkNames.Contains, ownObjectCarries: false, ownData: true);

    /// <summary>
    /// The parameters of a method that may override or implement a method named among the data names (one with a
    /// <c>[Pii]</c> parameter: PiiModel gives its mark to the same parameter here): an override, an explicit implementation,
    /// or a method of a type with a base list. Coarse — every parameter, whatever the ordinal — as the check only picks the
    /// bodies to bind; empty for any other unit.
    /// </summary>
    private HashSet<string> ContractParameters(SyntaxNode unit)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        if (unit is MethodDeclarationSyntax { ParameterList.Parameters.Count: > 0 } method && Names.Contains(method.Identifier.ValueText) &&
            (method.Modifiers.Any(SyntaxKind.OverrideKeyword) || method.ExplicitInterfaceSpecifier is not null || method.Parent is TypeDeclarationSyntax { BaseList: not null }))
        {
            foreach (var parameter in method.ParameterList.Parameters)
            {
                values.Add(parameter.Identifier.ValueText);
            }
        }

        return values;
    }

    // What code of a holder type reads without naming a holder: its data and computed members, this, base, ToString().
    private bool IsOwnData(string identifier) =>
        identifier is "this" or "base" or "ToString" || words.DataMembers.Contains(identifier) || words.HolderMembers.Contains(identifier);

    /// <summary>
    /// Whether a helper's code (or a computed member's) can hand declared data back to its caller: a statement that reads
    /// a value, or that renders, serializes or deconstructs a holder object it reads, is a <c>return</c> (or
    /// <c>yield</c>), the expression body, or writes an <c>out</c>/<c>ref</c> parameter — with values and objects
    /// followed through its variables as in the sink check. Coarser than the helper's summary, which it stands in for
    /// when deciding which names are data names.
    /// </summary>
    /// <param name="ownData">The member belongs to a holder type: its own data needs no name (<see cref="IsOwnData"/>).</param>
    private bool HandsBackData(IReadOnlyList<SyntaxNode> nodes, bool ownData)
    {
        var outputs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (node is BaseMethodDeclarationSyntax method)
            {
                foreach (var parameter in method.ParameterList.Parameters)
                {
                    if (parameter.Modifiers.Any(SyntaxKind.OutKeyword) || parameter.Modifiers.Any(SyntaxKind.RefKeyword))
                    {
                        outputs.Add(parameter.Identifier.ValueText);
                    }
                }
            }
        }

        var pieces = new List<Piece>();
        foreach (var node in nodes)
        {
            // The declaration's own piece holds an expression body, a property's accessors' expressions, an initializer.
            var header = new Piece(outputs.Contains) { Returns = true };
            pieces.Add(header);
            Split(node, header, pieces, outputs.Contains);
        }

        return Reaches(
            pieces,
            new HashSet<string>(StringComparer.Ordinal),
            static (piece, reads) => (piece.Returns || piece.NamesSink) && (reads == Reads.Value || piece.Renders),
            ownObjectCarries: false,
            ownData,
            renderedIsValue: true);
    }

    /// <summary>
    /// Whether a helper's code can pass what its caller gives it on to a sink: the same statement check, seeded with its
    /// parameters (and a setter's <c>value</c>) instead of declared data, against the sink names known so far.
    /// </summary>
    private static bool ParametersReachSinkStatement(IReadOnlyList<SyntaxNode> nodes, Func<string, bool> isSink)
    {
        var parameters = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            switch (node)
            {
                case BaseMethodDeclarationSyntax method:
                    AddNames(method.ParameterList, parameters);
                    break;
                case ParameterListSyntax primaryConstructor:
                    AddNames(primaryConstructor, parameters);
                    break;
                case BasePropertyDeclarationSyntax property:
                    if (property is IndexerDeclarationSyntax indexer)
                    {
                        AddNames(indexer.ParameterList, parameters);
                    }

                    parameters.Add("value");
                    break;
            }
        }

        return parameters.Count > 0 && None.ReachesSinkStatement(nodes, parameters, isSink, ownObjectCarries: true, ownData: false);

        static void AddNames(BaseParameterListSyntax list, HashSet<string> into)
        {
            foreach (var parameter in list.Parameters)
            {
                into.Add(parameter.Identifier.ValueText);
            }
        }
    }

    /// <param name="ownObjectCarries">
    /// A helper's statement that reads a value may store it in its own object (<c>Email = email;</c>): <c>this</c> and
    /// <c>base</c> then carry it (<c>Log("{@Me}", this)</c>).
    /// </param>
    /// <param name="ownData">Code of a holder type: its own data needs no name (<see cref="IsOwnData"/>).</param>
    private bool ReachesSinkStatement(IEnumerable<SyntaxNode> nodes, HashSet<string> values, Func<string, bool> isSink, bool ownObjectCarries, bool ownData)
    {
        var pieces = new List<Piece>();
        foreach (var node in nodes)
        {
            var header = new Piece(isSink);
            pieces.Add(header);
            Split(node, header, pieces, isSink);
        }

        return Reaches(pieces, values, static (piece, _) => piece.NamesSink, ownObjectCarries, ownData, renderedIsValue: false);
    }

    /// <summary>
    /// The fixpoint both checks run: what each statement reads (a value, a holder object) goes into the variables it
    /// names, until a statement that is a goal reads something, or nothing changes.
    /// </summary>
    /// <param name="renderedIsValue">What a statement renders or deconstructs from an object is a value (<c>var line = $"{card}"</c>).</param>
    private bool Reaches(List<Piece> pieces, HashSet<string> values, Func<Piece, Reads, bool> goal, bool ownObjectCarries, bool ownData, bool renderedIsValue)
    {
        // Variables that may hold data (any use of them counts), and variables that may hold a holder object (only the
        // object itself or a data member read from it counts).
        var objects = new HashSet<string>(StringComparer.Ordinal);
        // What each statement was last found to read: it is looked at again only while that can still grow.
        var state = new Reads[pieces.Count];
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i < pieces.Count; i++)
            {
                var piece = pieces[i];
                if (state[i] == Reads.Value)
                {
                    continue;
                }

                var reads = piece.Reads(this, values, objects, ownData);
                if (reads <= state[i])
                {
                    continue;
                }

                if (goal(piece, reads))
                {
                    return true;
                }

                var into = reads == Reads.Value || (renderedIsValue && piece.Renders) ? values : objects;
                if (ownObjectCarries && reads == Reads.Value)
                {
                    changed |= values.Add("this") | values.Add("base");
                }

                state[i] = reads;
                foreach (var variable in piece.Variables)
                {
                    changed |= into.Add(variable);
                }
            }
        }

        return false;
    }

    private enum Reads
    {
        Nothing,
        Object,
        Value,
    }

    /// <summary>
    /// Distributes the tokens of <paramref name="node"/> into statements: each statement (other than a block) starts its
    /// own piece, and its nested statements (an <c>if</c>'s branches, a lambda's or local function's block) are pieces
    /// of their own; everything else stays with the piece of the nearest enclosing statement.
    /// </summary>
    private static void Split(SyntaxNode node, Piece current, List<Piece> pieces, Func<string, bool> isSink)
    {
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.IsToken)
            {
                var token = child.AsToken();
                // this.l.LogInformation(…) reads a member of the object, named after the dot: only `this` or `base` itself
                // (an argument, a receiver of a call) is the object.
                if (token.IsKind(SyntaxKind.IdentifierToken) ||
                    ((token.IsKind(SyntaxKind.ThisKeyword) || token.IsKind(SyntaxKind.BaseKeyword)) &&
                     token.Parent?.Parent is not MemberAccessExpressionSyntax { Name: IdentifierNameSyntax }))
                {
                    current.Add(token);
                }

                continue;
            }

            var childNode = child.AsNode()!;
            if (childNode is AttributeArgumentListSyntax)
            {
                // [HttpGet(Name = "…")]: constants, not code that runs.
                continue;
            }

            if (childNode is InterpolatedStringExpressionSyntax or ParenthesizedVariableDesignationSyntax or PositionalPatternClauseSyntax or PropertyPatternClauseSyntax or
                    TupleExpressionSyntax or QueryExpressionSyntax ||
                childNode.IsKind(SyntaxKind.AddExpression) || childNode.IsKind(SyntaxKind.AddAssignmentExpression))
            {
                current.Renders = true;
            }

            if (childNode is StatementSyntax and not BlockSyntax or TypeParameterConstraintClauseSyntax ||
                childNode is ParameterSyntax { Parent: ParameterListSyntax { Parent: BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or TypeDeclarationSyntax } })
            {
                // A method's parameter (Customer c, [Pii] string email) is data on its own: it says nothing of the others.
                // A constraint (where T : IRequest) makes its type parameter, and so the parameters typed T, a holder.
                var piece = new Piece(isSink) { Returns = childNode is ReturnStatementSyntax or YieldStatementSyntax };
                pieces.Add(piece);
                Split(childNode, piece, pieces, isSink);
            }
            else
            {
                Split(childNode, current, pieces, isSink);
            }
        }
    }

    // Calls that write an object's members into a value (its ToString, a format, a serializer, a builder).
    private static readonly ImmutableHashSet<string> RenderingNames = ImmutableHashSet.Create(StringComparer.Ordinal,
        "ToString", "Format", "Join", "Concat", "Append", "AppendLine", "AppendFormat", "Insert", "Write", "WriteLine", "Serialize", "SerializeObject",
        "SerializeAsync", "SerializeToUtf8Bytes", "SerializeToDocument", "SerializeToElement", "SerializeToNode", "FromObject", "ToJson", "ToBson", "Deconstruct", "GetValue", "Invoke", "DynamicInvoke", "ConvertTo", "ChangeType");

    /// <summary>How a use of a holder object reads it.</summary>
    private enum ObjectUse
    {
        /// <summary>Reads a member that is not declared data (<c>user.Id</c>): nothing.</summary>
        Nothing,

        /// <summary>Reads a data member (<c>user.Username</c>): a value.</summary>
        DataMember,

        /// <summary>Uses the object itself (an argument, an initializer, a type, a method called on it): the object.</summary>
        Whole,
    }

    /// <summary>
    /// How the expression that <paramref name="token"/> names uses the object: followed through member reads of
    /// holder-typed members, calls, <c>await</c>, indexing and parentheses to the first member read that decides.
    /// </summary>
    private ObjectUse UseOf(SyntaxToken token)
    {
        if (token.Parent is not SimpleNameSyntax name)
        {
            // A declared name (a local, a parameter): its declaration moves nothing.
            return ObjectUse.Nothing;
        }

        SyntaxNode current = name;
        while (true)
        {
            switch (current.Parent)
            {
                case MemberAccessExpressionSyntax access when access.Name == current:
                case InvocationExpressionSyntax invocation when invocation.Expression == current:
                case AwaitExpressionSyntax or ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax:
                case ElementAccessExpressionSyntax element when element.Expression == current:
                    current = current.Parent;
                    continue;
                case MemberAccessExpressionSyntax access when access.Expression == current:
                    var member = access.Name.Identifier.ValueText;
                    if (words.DataMembers.Contains(member) || (words.Names.Contains(member) && !words.ObjectNames.Contains(member)))
                    {
                        return ObjectUse.DataMember;
                    }

                    if (words.ObjectNames.Contains(member))
                    {
                        current = access;
                        continue;
                    }

                    if (access.Parent is InvocationExpressionSyntax called && called.Expression == access)
                    {
                        // A method of the object (Where, FirstOrDefault, ToString): its result may be, or carry, the object.
                        current = called;
                        continue;
                    }

                    // Any other property or field of it (Id, Count, HasPassword) is not declared data.
                    return ObjectUse.Nothing;
                default:
                    return ObjectUse.Whole;
            }
        }
    }

    /// <summary>The identifiers of one statement (without its nested statements).</summary>
    private sealed class Piece
    {
        private readonly List<SyntaxToken> identifiers = new();

        private readonly Func<string, bool> isSink;

        // How each identifier uses a holder object, worked out the first time it names one.
        private ObjectUse?[]? uses;

        public Piece(Func<string, bool> isSink)
        {
            this.isSink = isSink;
        }

        /// <summary>Names the statement may put data into: every identifier it names that can be a variable.</summary>
        public List<string> Variables { get; } = new();

        public bool NamesSink { get; private set; }

        /// <summary>The statement is a <c>return</c> or <c>yield</c> (or the declaration's own expressions).</summary>
        public bool Returns { get; set; }

        /// <summary>
        /// The statement may turn a holder object into a value: it formats (an interpolated string, <c>+</c>, a
        /// formatting or serializing call) or deconstructs.
        /// </summary>
        public bool Renders { get; set; }

        public void Add(SyntaxToken token)
        {
            var text = token.ValueText;
            if (IsDeclaredName(token))
            {
                // The name a declaration gives (a method, a local, a parameter) reads nothing and calls nothing.
                if (DeclaresVariable(token))
                {
                    Variables.Add(text);
                }

                return;
            }

            identifiers.Add(token);
            Renders = Renders || RenderingNames.Contains(text);
            NamesSink = NamesSink || isSink(text) || (IsExceptionType(text, isSink) && TreeIndex.IsCreatedWithArguments(token));
            if (token.Parent is IdentifierNameSyntax name && (CanBeVariable(name) || name.Parent is TypeParameterConstraintClauseSyntax))
            {
                Variables.Add(text);
            }
        }

        /// <summary>What the statement reads: a value that may carry data, a holder object, or neither.</summary>
        public Reads Reads(PiiRelevance relevance, HashSet<string> values, HashSet<string> objects, bool ownData)
        {
            var result = PiiRelevance.Reads.Nothing;
            for (var i = 0; i < identifiers.Count; i++)
            {
                var text = identifiers[i].ValueText;
                // A holder type's computed member is data only read off a holder (x.DisplayName) or by the type's own code
                // (IsOwnData): a bare Path elsewhere is another Path (System.IO.Path.Combine).
                if (values.Contains(text) || (ownData && relevance.IsOwnData(text)) ||
                    (relevance.words.Names.Contains(text) && !relevance.words.ObjectNames.Contains(text) && !relevance.words.HolderMembers.Contains(text)))
                {
                    return PiiRelevance.Reads.Value;
                }

                if (relevance.words.DataMembers.Contains(text) && identifiers[i].Parent is SimpleNameSyntax { Parent: MemberBindingExpressionSyntax })
                {
                    // x?.Email: the object x is not followed through a conditional access.
                    return PiiRelevance.Reads.Value;
                }

                if (relevance.words.ObjectNames.Contains(text) || objects.Contains(text))
                {
                    uses ??= new ObjectUse?[identifiers.Count];
                    switch (uses[i] ??= relevance.UseOf(identifiers[i]))
                    {
                        case ObjectUse.DataMember:
                            return PiiRelevance.Reads.Value;
                        case ObjectUse.Whole:
                            result = PiiRelevance.Reads.Object;
                            break;
                    }
                }
            }

            return result;
        }

        // A local, parameter, pattern, foreach or catch variable being declared.
        private static bool DeclaresVariable(SyntaxToken token) =>
            token.Parent is VariableDeclaratorSyntax or SingleVariableDesignationSyntax or ParameterSyntax or ForEachStatementSyntax or CatchDeclarationSyntax;

        // Y in x.Y or x?.Y: what it yields depends on x (PiiRelevance.UseOf).
        private static bool IsMemberName(SyntaxToken token) =>
            token.Parent is SimpleNameSyntax name &&
            (name.Parent is MemberAccessExpressionSyntax access && access.Name == name || name.Parent is MemberBindingExpressionSyntax);

        // The identifier a declaration introduces, rather than one it uses.
        private static bool IsDeclaredName(SyntaxToken token) => DeclaresVariable(token) || token.Parent is
            BaseTypeDeclarationSyntax or MethodDeclarationSyntax or ConstructorDeclarationSyntax or DestructorDeclarationSyntax or PropertyDeclarationSyntax or
            EventDeclarationSyntax or LocalFunctionStatementSyntax or DelegateDeclarationSyntax or EnumMemberDeclarationSyntax or TypeParameterSyntax;

        // A simple name that can be a variable: not the member part of a member access (x in x.Y, not Y), not a called
        // method's name, and not a type (var, string, Customer in Customer c).
        private static bool CanBeVariable(IdentifierNameSyntax name) => name.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Name == name => false,
            InvocationExpressionSyntax invocation when invocation.Expression == name => false,

            // The receiver of a member read is a variable the statement may change only when it calls a method on it
            // (sb.Append(…)) or assigns into it (order.Note = …); CultureInfo.InvariantCulture, Request.Path are reads.
            MemberAccessExpressionSyntax access => access.Parent is InvocationExpressionSyntax || IsAssigned(access),
            _ => !SyntaxFacts.IsInTypeOnlyContext(name),
        };

        private static bool IsAssigned(ExpressionSyntax target)
        {
            for (SyntaxNode node = target; node.Parent is not null; node = node.Parent)
            {
                switch (node.Parent)
                {
                    case AssignmentExpressionSyntax assignment:
                        return assignment.Left == node;
                    case MemberAccessExpressionSyntax or ElementAccessExpressionSyntax:
                        continue;
                    default:
                        return false;
                }
            }

            return false;
        }
    }
}
