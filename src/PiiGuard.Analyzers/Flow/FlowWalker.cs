using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiGuard.Analyzers.Diagnostics;
using PiiGuard.Analyzers.Model;
using PiiGuard.Analyzers.Sinks;

namespace PiiGuard.Analyzers.Flow;

/// <summary>
/// Follows personal data through one method body: an abstract interpreter over the operation tree whose values are
/// <see cref="Taint"/>s. Locals are updated in place (an overwrite with clean data cleans them), branches are merged,
/// loop bodies run twice, lambdas passed to LINQ see the source's data, and helpers of the compilation are applied
/// through their summaries. In report mode it reports every uncovered sink; in summary mode it records what the
/// method's parameters reach.
/// </summary>
internal sealed class FlowWalker
{
    /// <summary>Operations visited per body before the walker bails out (a 10,000-line method stays bounded).</summary>
    public const int Budget = 200_000;

    /// <summary>Nesting depth (expressions inside expressions, lambdas inside lambdas) the walker follows.</summary>
    public const int MaxDepth = 400;

    private static readonly ImmutableHashSet<string> Mutators = ImmutableHashSet.Create(
        "Add", "AddRange", "Insert", "InsertRange", "Push", "Enqueue", "Append", "AppendLine", "AppendFormat", "TryAdd", "Write", "WriteLine", "Set");

    private readonly FlowAnalysis analysis;
    private readonly PiiModel model;
    private readonly ISymbol owner;
    private readonly SyntaxTree tree;
    private readonly ImmutableStack<IMethodSymbol> callers;
    private readonly Action<Diagnostic>? report;
    private readonly Action<SinkSpec, PiiFact, Location>? observe;
    private readonly CancellationToken cancellationToken;
    private readonly Dictionary<IOperation, Taint> recorded = new();
    // Report mode: findings gathered per (argument span, rule) and reported once the body is walked, so a loop's second
    // pass or a second path to the same sink adds members to one diagnostic instead of adding diagnostics.
    private readonly Dictionary<(int Start, int Length, string Id), Finding> findings = new();
    private readonly List<ParameterSink> parameterSinks = new();
    private readonly Stack<Taint> conditionalReceivers = new();
    // Constant URLs (or constant scheme+host prefixes) held by locals, so sends through a local can be placed.
    private readonly Dictionary<ISymbol, string> localUrls = new(SymbolEqualityComparer.Default);
    private Dictionary<ISymbol, Taint> state = new(SymbolEqualityComparer.Default);
    // Locals and parameters bound to a lambda in this body, so invoking the delegate runs the lambda with the arguments.
    private readonly Dictionary<ISymbol, IAnonymousFunctionOperation> delegates = new(SymbolEqualityComparer.Default);
    private readonly HashSet<IAnonymousFunctionOperation> runningDelegates = new();
    private Taint returned = Taint.Empty;
    private FlowOptions? options;
    private int budget = Budget;
    private int depth;
    private bool truncated;

    public FlowWalker(
        FlowAnalysis analysis,
        ISymbol owner,
        SyntaxTree tree,
        ImmutableStack<IMethodSymbol> callers,
        Action<Diagnostic>? report,
        CancellationToken cancellationToken,
        Action<SinkSpec, PiiFact, Location>? observe = null)
    {
        this.observe = observe;
        this.analysis = analysis;
        model = analysis.Model;
        this.owner = owner;
        this.tree = tree;
        this.callers = callers;
        this.report = report;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>The file's options (covering purposes, user sinks): one lookup per body, not per call.</summary>
    private FlowOptions Options => options ??= analysis.Options.For(tree);

    private bool SummaryMode => report is null && observe is null;

    /// <summary>Whether a helper's summary was cut short (depth cap, recursion or budget).</summary>
    public bool Truncated => truncated;

    /// <summary>Why the walk was cut short (for the PII0903 note), or <see langword="null"/>.</summary>
    public string? TruncationReason { get; private set; }

    /// <summary>Report mode: walks a body with <c>[Pii]</c> parameters as sources and reports every uncovered sink.</summary>
    public void Analyze(ImmutableArray<IOperation> bodies)
    {
        if (!bodies.Any(MightMatter))
        {
            return;
        }

        if (owner is IMethodSymbol method)
        {
            foreach (var parameter in method.Parameters)
            {
                if (model.FactFor(parameter) is { } fact)
                {
                    state[parameter] = Taint.Of(fact);
                }
            }
        }

        foreach (var body in bodies)
        {
            Execute(body);
        }

        ReportFindings();
    }

    /// <summary>
    /// The cheap early exit: a body that reads no declared data, calls nothing that could return it, prints no record
    /// that holds it, and hands no object that holds it to a sink cannot produce a finding — every value in it is
    /// clean. One pass over the operations, with cached symbol lookups; most business code leaves here.
    /// </summary>
    private bool MightMatter(IOperation body)
    {
        if (owner is IMethodSymbol method && method.Parameters.Any(p => model.FactFor(p) is not null))
        {
            return true;
        }

        foreach (var operation in body.Descendants())
        {
            switch (operation)
            {
                case IMemberReferenceOperation { Member: var member } when member is IPropertySymbol or IFieldSymbol && model.FactFor(member) is not null:
                    return true;
                case IParameterReferenceOperation parameter when model.FactFor(parameter.Parameter) is not null:
                    return true;
                case IPropertyReferenceOperation { Property: { GetMethod.DeclaringSyntaxReferences.IsEmpty: false } computed } when analysis.Relevance(cancellationToken).Names.Contains(computed.Name):
                    return true;
                case IDeconstructionAssignmentOperation deconstruction when HoldsDeclaredMembers(deconstruction.Value.Type):
                    return true;
                case IRecursivePatternOperation { DeconstructSymbol: not null } positional when HoldsDeclaredMembers(positional.MatchedType):
                    return true;
                case IInvocationOperation invocation when CouldCarry(invocation.TargetMethod, invocation.Arguments):
                    return true;
                case IObjectCreationOperation creation when creation.Constructor is { } constructor && CouldCarry(constructor, creation.Arguments):
                    return true;
                case IInterpolationOperation hole when !model.ObjectFacts(UnderlyingType(hole.Expression), ObjectView.Rendered).IsEmpty:
                    return true;
                case IBinaryOperation { Type.SpecialType: SpecialType.System_String } concat when
                    !model.ObjectFacts(UnderlyingType(concat.LeftOperand), ObjectView.Rendered).IsEmpty ||
                    !model.ObjectFacts(UnderlyingType(concat.RightOperand), ObjectView.Rendered).IsEmpty:
                    return true;
            }
        }

        return false;
    }

    // A call could bring declared data in (a helper of this compilation, a [return: Pii] method) or write out an
    // object whose type holds it (any argument or receiver of such a type).
    private bool CouldCarry(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments)
    {
        if ((!method.DeclaringSyntaxReferences.IsEmpty && analysis.Relevance(cancellationToken).Names.Contains(method.Name)) || model.FactFor(method) is not null)
        {
            return true;
        }

        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.ParamArray && Unwrap(argument.Value) is IArrayCreationOperation { Initializer: { } elements })
            {
                // params object[]: the objects are the elements, not the array.
                if (elements.ElementValues.Any(e => MayHoldDeclaredMembers(UnderlyingType(e))))
                {
                    return true;
                }
            }
            else if (MayHoldDeclaredMembers(UnderlyingType(argument.Value)))
            {
                return true;
            }
        }

        return method.Name == "ToString" && HoldsDeclaredMembers(method.ContainingType);
    }

    // A T or base type stands for the holder types it may be at run time.
    private bool MayHoldDeclaredMembers(ITypeSymbol? type) => HoldsDeclaredMembers(type) || !model.RuntimeHolders(type).IsEmpty;

    private bool HoldsDeclaredMembers(ITypeSymbol? type)
    {
        if (type is null || PiiModel.IsScalar(type))
        {
            return false;
        }

        // Serializers and destructuring see every member, recursively and through collections; a collection of
        // records is printed record by record.
        var element = model.ElementType(type);
        return !model.ObjectFacts(type, ObjectView.Destructure).IsEmpty ||
               !model.ObjectFacts(type, ObjectView.Rendered).IsEmpty ||
               !model.ObjectFacts(type, ObjectView.Serialized, SerializerFamily.SystemTextJson).IsEmpty ||
               !model.ObjectFacts(type, ObjectView.Serialized, SerializerFamily.Xml).IsEmpty ||
               (element is not null && !model.ObjectFacts(element, ObjectView.Rendered).IsEmpty);
    }

    /// <summary>Summary mode: walks a helper with each parameter standing for "what the caller passes".</summary>
    public MethodSummary Summarize(IOperation body)
    {
        var method = (IMethodSymbol)owner;
        foreach (var parameter in method.Parameters)
        {
            state[parameter] = Taint.Of(new PiiFact(parameter.Name, null, Purpose.None, ImmutableArray.Create(parameter.Name), parameter.Ordinal));
        }

        Execute(body);
        var returnFacts = returned.AllFacts.Where(f => !f.IsSymbolic).ToImmutableArray();
        var returnParameters = truncated
            ? Enumerable.Range(0, method.Parameters.Length).ToImmutableArray() // cut short: it may hand back anything it was given
            : returned.AllFacts.Where(f => f.IsSymbolic).Select(f => f.ParameterOrdinal).Distinct().OrderBy(o => o).ToImmutableArray();
        // One entry per parameter and sink, with the first path found: paths differ through every fan-out, and keeping
        // them all would double a summary at each level of a call graph.
        var sinks = parameterSinks.GroupBy(p => (p.Ordinal, p.Sink, p.CalleeSeesMembers)).Select(g => g.First()).ToImmutableArray();
        return new MethodSummary(sinks, returnFacts, returnParameters);
    }

    // ---------------------------------------------------------------- statements

    private void Execute(IOperation? operation)
    {
        if (operation is null || !Spend())
        {
            return;
        }

        depth++;
        try
        {
            ExecuteCore(operation);
        }
        finally
        {
            depth--;
        }
    }

    private void ExecuteCore(IOperation operation)
    {
        switch (operation)
        {
            case IBlockOperation block:
                foreach (var statement in block.Operations)
                {
                    Execute(statement);
                }

                break;
            case IVariableDeclarationGroupOperation group:
                foreach (var declaration in group.Declarations)
                {
                    Declare(declaration);
                }

                break;
            case IUsingDeclarationOperation usingDeclaration:
                foreach (var declaration in usingDeclaration.DeclarationGroup.Declarations)
                {
                    Declare(declaration);
                }

                break;
            case IExpressionStatementOperation expression:
                Eval(expression.Operation);
                break;
            case IReturnOperation @return:
                returned = returned.Union(Eval(@return.ReturnedValue));
                break;
            case IConditionalOperation { Type: null } @if:
                Eval(@if.Condition);
                Branches(@if.WhenTrue, @if.WhenFalse);
                break;
            case IForEachLoopOperation forEach:
                var element = Eval(forEach.Collection).Flatten();
                Loop(() =>
                {
                    AssignLoopVariable(forEach.LoopControlVariable, element);
                    Execute(forEach.Body);
                });
                break;
            case IForLoopOperation @for:
                foreach (var before in @for.Before)
                {
                    Execute(before);
                }

                Loop(() =>
                {
                    Eval(@for.Condition);
                    Execute(@for.Body);
                    foreach (var bottom in @for.AtLoopBottom)
                    {
                        Execute(bottom);
                    }
                });
                break;
            case IWhileLoopOperation @while:
                Loop(() =>
                {
                    Eval(@while.Condition);
                    Execute(@while.Body);
                });
                break;
            case ISwitchOperation @switch:
                Eval(@switch.Value);
                var entry = Snapshot();

                // Without a default, no case may match and the entry state flows on; with one, every path runs a case.
                var hasDefault = @switch.Cases.Any(c => c.Clauses.Any(clause => clause.CaseKind == CaseKind.Default));
                Dictionary<ISymbol, Taint>? merged = hasDefault ? null : Snapshot();
                var switchValue = recorded.TryGetValue(@switch.Value, out var sv) ? sv : Taint.Empty;
                foreach (var section in @switch.Cases)
                {
                    state = Copy(entry);
                    foreach (var clause in section.Clauses)
                    {
                        // case Customer { Email: var e }: / case var x when …: the pattern binds parts of the value.
                        if (clause is IPatternCaseClauseOperation patternClause)
                        {
                            BindPattern(patternClause.Pattern, switchValue);
                            Eval(patternClause.Guard);
                        }
                    }

                    foreach (var statement in section.Body)
                    {
                        Execute(statement);
                    }

                    merged = merged is null ? state : Merge(merged, state);
                }

                state = merged ?? entry;
                break;
            case ITryOperation @try:
                var beforeTry = Snapshot();
                Execute(@try.Body);
                var afterTry = Merge(beforeTry, state);
                var all = Copy(afterTry);
                foreach (var @catch in @try.Catches)
                {
                    state = Copy(afterTry);
                    Execute(@catch.Handler);
                    all = Merge(all, state);
                }

                state = all;
                Execute(@try.Finally);
                break;
            case IUsingOperation @using:
                Execute(@using.Resources);
                Execute(@using.Body);
                break;
            case ILockOperation @lock:
                Eval(@lock.LockedValue);
                Execute(@lock.Body);
                break;
            case ILabeledOperation labeled:
                Execute(labeled.Operation);
                break;
            case ILocalFunctionOperation localFunction:
                // Sinks inside a local function are checked where it is declared; callers use its summary.
                Isolated(() => Execute(localFunction.Body));
                break;
            case IThrowOperation @throw:
                Eval(@throw.Exception);
                break;
            case IBranchOperation or IEmptyOperation:
                break;
            default:
                Eval(operation);
                break;
        }
    }

    private void Declare(IVariableDeclarationOperation declaration)
    {
        foreach (var declarator in declaration.Declarators)
        {
            var initializer = declarator.Initializer ?? declaration.Initializer;
            var value = initializer is null ? Taint.Empty : Eval(initializer.Value);
            Set(declarator.Symbol, value, "local");
            if (initializer is not null && Lambda(initializer.Value) is { } bound)
            {
                delegates[declarator.Symbol] = bound;
            }
            if (initializer is not null && (RequestUrl(Unwrap(initializer.Value)) ?? ConstantUrl(Unwrap(initializer.Value))) is { } url)
            {
                localUrls[declarator.Symbol] = url;
            }
        }
    }

    private void AssignLoopVariable(IOperation variable, Taint element)
    {
        switch (variable)
        {
            case IVariableDeclaratorOperation declarator:
                state[declarator.Symbol] = element.WithStep($"local '{declarator.Symbol.Name}'");
                break;
            case IDeclarationExpressionOperation { Expression: ITupleOperation tuple }:
                foreach (var part in tuple.Elements)
                {
                    AssignLoopVariable(part, element);
                }

                break;
            case ILocalReferenceOperation local:
                state[local.Local] = element.WithStep($"local '{local.Local.Name}'");
                break;
        }
    }

    private void Branches(IOperation? whenTrue, IOperation? whenFalse)
    {
        var entry = Snapshot();
        Execute(whenTrue);
        var afterTrue = state;
        state = Copy(entry);
        Execute(whenFalse);
        state = Merge(afterTrue, state);
    }

    private void Loop(Action body)
    {
        // Two passes reach a fixpoint for assignments that carry data across iterations one step at a time. A pass
        // that changed nothing is a fixpoint already: the second is skipped, so nested loops over clean data cost one
        // walk, not 2^depth.
        for (var pass = 0; pass < 2; pass++)
        {
            var before = Snapshot();
            body();
            state = Merge(before, state);
            if (SameState(before, state))
            {
                break;
            }
        }
    }

    private static bool SameState(Dictionary<ISymbol, Taint> a, Dictionary<ISymbol, Taint> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (var pair in a)
        {
            if (!b.TryGetValue(pair.Key, out var other) || !pair.Value.SameAs(other))
            {
                return false;
            }
        }

        return true;
    }

    private void Isolated(Action action)
    {
        var saved = Snapshot();
        var savedReturned = returned;
        action();
        state = saved;
        returned = savedReturned;
    }

    private Dictionary<ISymbol, Taint> Snapshot() => Copy(state);

    private static Dictionary<ISymbol, Taint> Copy(Dictionary<ISymbol, Taint> source) => new(source, SymbolEqualityComparer.Default);

    private static Dictionary<ISymbol, Taint> Merge(Dictionary<ISymbol, Taint> a, Dictionary<ISymbol, Taint> b)
    {
        var merged = Copy(a);
        foreach (var pair in b)
        {
            // A key on one side only was untracked (clean, nothing overwritten) on the other: Union with empty.
            merged[pair.Key] = merged.TryGetValue(pair.Key, out var existing) ? existing.Union(pair.Value) : pair.Value.Union(Taint.Empty);
        }

        foreach (var pair in a)
        {
            if (!b.ContainsKey(pair.Key))
            {
                merged[pair.Key] = pair.Value.Union(Taint.Empty);
            }
        }

        return merged;
    }

    private static bool StackAvailable()
    {
        try
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            return true;
        }
        catch (InsufficientExecutionStackException)
        {
            return false;
        }
    }

    private bool Spend()
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (budget-- > 0 && depth < MaxDepth && StackAvailable())
        {
            return true;
        }

        // Out of budget, nesting too deep, or the stack running short: stop following data here rather than crash.
        truncated = true;
        TruncationReason ??= budget < 0
            ? Budget.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " operations"
            : "nesting deeper than it follows";
        return false;
    }

    // ---------------------------------------------------------------- expressions

    private Taint Eval(IOperation? operation)
    {
        if (operation is null)
        {
            return Taint.Empty;
        }

        if (!Spend())
        {
            // Nested deeper than MaxDepth: not followed step by step, but what it reads still counts.
            return depth >= MaxDepth && budget > 0 && StackAvailable() ? Conservative(operation) : Taint.Empty;
        }

        depth++;
        try
        {
            var value = EvalCore(operation);
            if (!value.IsEmpty)
            {
                recorded[operation] = value;
            }

            return value;
        }
        finally
        {
            depth--;
        }
    }

    private Taint EvalCore(IOperation operation)
    {
        switch (operation)
        {
            case ILiteralOperation or IDefaultValueOperation or ITypeOfOperation or INameOfOperation or ISizeOfOperation or IInstanceReferenceOperation:
                return Taint.Empty;
            case ILocalReferenceOperation local:
                return Get(local.Local);
            case IParameterReferenceOperation parameter:
                return Get(parameter.Parameter);
            case IMemberReferenceOperation member when member is IFieldReferenceOperation or IPropertyReferenceOperation:
                return MemberRead(member);
            case IInvocationOperation invocation:
                return Invocation(invocation);
            case IObjectCreationOperation creation:
                return ObjectCreation(creation);
            case IAnonymousObjectCreationOperation anonymous:
                return Initializers(Taint.Empty, anonymous.Initializers);
            case ITupleOperation tuple:
                var tupleValue = Taint.Empty;
                for (var i = 0; i < tuple.Elements.Length; i++)
                {
                    tupleValue = tupleValue.WithField("Item" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Eval(tuple.Elements[i]));
                }

                return tupleValue;
            case IInterpolatedStringOperation interpolated:
                var text = Taint.Empty;
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation hole)
                    {
                        text = text.Union(Record(hole.Expression, Rendered(Eval(hole.Expression), hole.Expression)));
                        Eval(hole.Alignment);
                        Eval(hole.FormatString);
                    }
                    else if (part is IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation append })
                    {
                        // Handler-based interpolation ($"…" passed to string.Create, StringBuilder.Append, …).
                        foreach (var argument in append.Arguments)
                        {
                            text = text.Union(Record(argument.Value, Rendered(Eval(argument.Value), argument.Value)));
                        }
                    }
                }

                return text;
            case IInterpolatedStringHandlerCreationOperation handler:
                return Eval(handler.Content);
            case IBinaryOperation binary:
                return BinaryChain(binary);
            case IConditionalOperation conditional:
                Eval(conditional.Condition);
                return Eval(conditional.WhenTrue).Union(Eval(conditional.WhenFalse));
            case ICoalesceOperation coalesce:
                return Eval(coalesce.Value).Union(Eval(coalesce.WhenNull));
            case IConversionOperation conversion:
                return Eval(conversion.Operand);
            case IParenthesizedOperation parenthesized:
                return Eval(parenthesized.Operand);
            case IAwaitOperation await:
                var awaited = Eval(await.Operation);
                return PiiModel.IsDerivedClean(await.Type) && !DeclaredValue(Unwrap(await.Operation)) ? Taint.Empty : awaited;
            case IArgumentOperation argument:
                return Eval(argument.Value);
            case ISimpleAssignmentOperation assignment:
                if (Lambda(assignment.Value) is { } assigned && ReceiverSymbol(assignment.Target) is { } assignedTo)
                {
                    delegates[assignedTo] = assigned;
                }

                return Assign(assignment.Target, Eval(assignment.Value));
            case ICompoundAssignmentOperation compound:
                var current = Eval(compound.Target);
                var added = Eval(compound.Value);
                return compound.Type?.SpecialType == SpecialType.System_String || !PiiModel.IsDerivedClean(compound.Type)
                    ? Assign(compound.Target, current.Union(added))
                    : Taint.Empty;
            case ICoalesceAssignmentOperation coalesceAssignment:
                return Assign(coalesceAssignment.Target, Eval(coalesceAssignment.Target).Union(Eval(coalesceAssignment.Value)));
            case IDeconstructionAssignmentOperation deconstruction:
                var source = Eval(deconstruction.Value);
                Deconstruct(deconstruction.Target, source, deconstruction.Value.Type as INamedTypeSymbol);
                return source;
            case IIsPatternOperation isPattern:
                var tested = Eval(isPattern.Value);
                BindPattern(isPattern.Pattern, tested);
                return Taint.Empty;
            case IWithOperation with:
                var original = Eval(with.Operand);
                return with.Initializer is null ? original : Initializers(original, with.Initializer.Initializers);
            case IArrayCreationOperation array:
                foreach (var size in array.DimensionSizes)
                {
                    Eval(size);
                }

                return array.Initializer is null ? Taint.Empty : Eval(array.Initializer);
            case IArrayInitializerOperation initializer:
                return initializer.ElementValues.Aggregate(Taint.Empty, (acc, e) => acc.Union(Eval(e).Flatten()));
            case IArrayElementReferenceOperation element:
                foreach (var index in element.Indices)
                {
                    Eval(index);
                }

                return Eval(element.ArrayReference).Flatten();
            case IConditionalAccessOperation conditionalAccess:
                conditionalReceivers.Push(Eval(conditionalAccess.Operation));
                try
                {
                    return Eval(conditionalAccess.WhenNotNull);
                }
                finally
                {
                    conditionalReceivers.Pop();
                }

            case IConditionalAccessInstanceOperation:
                return conditionalReceivers.Count > 0 ? conditionalReceivers.Peek() : Taint.Empty;
            case ISwitchExpressionOperation switchExpression:
                var switched = Eval(switchExpression.Value);
                var result = Taint.Empty;
                foreach (var arm in switchExpression.Arms)
                {
                    BindPattern(arm.Pattern, switched);
                    Eval(arm.Guard);
                    result = result.Union(Eval(arm.Value));
                }

                return result;
            case IAnonymousFunctionOperation lambda:
                Isolated(() => Execute(lambda.Body));
                return Taint.Empty;
            case IDelegateCreationOperation { Target: IAnonymousFunctionOperation target }:
                Isolated(() => Execute(target.Body));
                return Taint.Empty;
            case IThrowOperation @throw:
                Eval(@throw.Exception);
                return Taint.Empty;
            case IIsTypeOperation or IUnaryOperation or IIncrementOrDecrementOperation or IInvalidOperation:
                foreach (var child in operation.ChildOperations)
                {
                    Eval(child);
                }

                return Taint.Empty;
            default:
                var union = Taint.Empty;
                foreach (var child in operation.ChildOperations)
                {
                    union = union.Union(Eval(child));
                }

                return PiiModel.IsDerivedClean(operation.Type) ? Taint.Empty : union;
        }
    }

    /// <summary>
    /// The conservative value of an expression too deeply nested to walk: every declared read, tracked variable and
    /// <c>[return: Pii]</c> call inside it, found by an iterative scan (no recursion, so no stack is needed).
    /// </summary>
    private Taint Conservative(IOperation operation)
    {
        var value = Taint.Empty;
        foreach (var node in operation.DescendantsAndSelf())
        {
            if (budget-- <= 0)
            {
                break;
            }

            value = value.Union(node switch
            {
                IMemberReferenceOperation { Member: IPropertySymbol or IFieldSymbol } read when model.FactFor(read.Member) is { } fact => Taint.Of(fact),
                IInvocationOperation call when model.FactFor(call.TargetMethod) is { } fact => Taint.Of(fact),
                ILocalReferenceOperation local => Get(local.Local).Flatten(),
                IParameterReferenceOperation parameter => Get(parameter.Parameter).Flatten(),
                _ => Taint.Empty,
            });
        }

        return value;
    }

    /// <summary>
    /// A chain of binary operators (<c>a + b + c + …</c>) is a left-deep tree as tall as the chain; walk it with a
    /// loop so a 5,000-term concatenation cannot exhaust the stack.
    /// </summary>
    private Taint BinaryChain(IBinaryOperation top)
    {
        var chain = new List<IBinaryOperation>();
        IOperation current = top;
        while (current is IBinaryOperation binary)
        {
            chain.Add(binary);
            current = binary.LeftOperand;
        }

        var value = Eval(current);
        var leftmost = current;
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var binary = chain[i];
            var right = Eval(binary.RightOperand);
            if (binary.Type?.SpecialType == SpecialType.System_String)
            {
                var left = i == chain.Count - 1 ? Record(leftmost, Rendered(value, leftmost)) : value;
                value = left.Union(Record(binary.RightOperand, Rendered(right, binary.RightOperand)));
            }
            else
            {
                value = Taint.Empty;
            }

            if (!value.IsEmpty)
            {
                recorded[binary] = value;
            }
        }

        return value;
    }

    /// <summary>Remembers what an operand carries once turned into text, so diagnostics can point at it.</summary>
    private Taint Record(IOperation operation, Taint value)
    {
        if (!value.IsEmpty)
        {
            recorded[operation] = value;
        }

        return value;
    }

    /// <summary>A strong update: an empty value removes the entry, so clean code keeps the state empty and cheap.</summary>
    private void Set(ISymbol symbol, Taint value, string kind)
    {
        if (value.IsEmpty)
        {
            state.Remove(symbol);
        }
        else
        {
            state[symbol] = value.WithStep($"{kind} '{symbol.Name}'");
        }
    }

    private Taint Get(ISymbol symbol) => state.TryGetValue(symbol, out var value) ? value : Taint.Empty;

    private Taint MemberRead(IMemberReferenceOperation member)
    {
        var receiver = Eval(member.Instance);
        if (member is IPropertyReferenceOperation property)
        {
            foreach (var argument in property.Arguments)
            {
                Eval(argument);
            }
        }

        var symbol = member.Member;
        if ((member.Instance is null or IInstanceReferenceOperation) && state.TryGetValue(symbol, out var assigned))
        {
            return assigned;
        }

        // What this method wrote into the object (an initializer, a `with`) wins over the declaration: a member
        // overwritten with a clean value on every path is clean.
        if (receiver.Cleared.Contains(symbol.Name))
        {
            return Taint.Empty;
        }

        if (model.FactFor(symbol) is { } fact)
        {
            // In a summary, remember that the data came out of a parameter: the caller's argument is then known to
            // reach this sink through declared members, and is not also sent whole.
            return SummaryMode
                ? Taint.Of(fact).Union(Taint.Of(receiver.AllFacts.Where(f => f.IsSymbolic).ToImmutableArray()))
                : Taint.Of(fact);
        }

        if (receiver.Fields.TryGetValue(symbol.Name, out var field))
        {
            return field;
        }

        // DisplayName => $"{First} {Last}": a computed property of this compilation is a source of what its getter returns.
        if (symbol is IPropertySymbol { GetMethod: { DeclaringSyntaxReferences.IsEmpty: false } getter } && Summary(getter) is { ReturnFacts.IsEmpty: false } computed)
        {
            var step = $"{symbol.ContainingType?.Name}.{symbol.Name}";
            return Taint.Of(computed.ReturnFacts.Select(f => f.WithStep(step)).ToImmutableArray());
        }

        if (receiver.IsEmpty)
        {
            return receiver;
        }

        // location.Latitude: a part of an object that is itself declared personal data is that data, whatever its type
        // (but email.Length is a number about a string). In a summary, a parameter may be such a value: the caller's
        // argument decides.
        var instance = member.Instance is null ? null : Unwrap(member.Instance);
        if (instance?.Type is { } receiverType && !PiiModel.IsScalar(receiverType) && model.ElementType(receiverType) is null &&
            (DeclaredValue(instance) || (SummaryMode && instance is IParameterReferenceOperation && !HoldsDeclaredMembers(receiverType))))
        {
            return receiver.Flatten();
        }

        // email.Length, user.Id, order.CreatedAt: a number, id, flag or date read off a value is not the value.
        if (PiiModel.IsDerivedClean(member.Type))
        {
            return Taint.Empty;
        }

        // An undeclared member of a type that declares what it holds (buyer.Address, user.UserName) holds only what its
        // own declared members hold; those are found by type wherever the object is written out whole.
        if (HoldsDeclaredMembers(instance?.Type))
        {
            return SummaryMode ? Taint.Of(receiver.AllFacts.Where(f => f.IsSymbolic).ToImmutableArray()) : Taint.Empty;
        }

        return receiver.Flatten();
    }

    /// <summary>Whether the operation reads a declared member, parameter or <c>[return: Pii]</c> method: its value is declared data.</summary>
    private bool DeclaredValue(IOperation operation) => operation switch
    {
        IMemberReferenceOperation { Member: IPropertySymbol or IFieldSymbol } read => model.FactFor(read.Member) is not null,
        IParameterReferenceOperation parameter => model.FactFor(parameter.Parameter) is not null,
        IInvocationOperation call => model.FactFor(call.TargetMethod) is not null,
        IConversionOperation conversion => DeclaredValue(conversion.Operand),
        IParenthesizedOperation parenthesized => DeclaredValue(parenthesized.Operand),
        _ => false,
    };

    private Taint Assign(IOperation target, Taint value)
    {
        switch (target)
        {
            case ILocalReferenceOperation local:
                Set(local.Local, value, "local");
                break;
            case IParameterReferenceOperation parameter:
                Set(parameter.Parameter, value, "parameter");
                break;
            case IMemberReferenceOperation { Instance: null or IInstanceReferenceOperation } member:
                state[member.Member] = value.WithStep($"{member.Member.ContainingType?.Name}.{member.Member.Name}");
                break;
            case IMemberReferenceOperation member when ReceiverSymbol(member.Instance) is { } receiver:
                Eval(member.Instance);
                state[receiver] = Get(receiver).WithField(member.Member.Name, value);
                break;
            case IArrayElementReferenceOperation element when ReceiverSymbol(element.ArrayReference) is { } array:
                state[array] = Get(array).Union(value.Flatten());
                break;
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer when ReceiverSymbol(indexer.Instance) is { } collection:
                state[collection] = Get(collection).Union(value.Flatten());
                break;
            case IDeclarationExpressionOperation or ITupleOperation:
                Deconstruct(target, value);
                break;
            default:
                Eval(target);
                break;
        }

        return value;
    }

    private void Deconstruct(IOperation target, Taint value, INamedTypeSymbol? sourceType = null)
    {
        if (target is IDeclarationExpressionOperation declaration)
        {
            Deconstruct(declaration.Expression, value, sourceType);
            return;
        }

        if (target is ITupleOperation tuple)
        {
            // var (name, email) = person: a non-tuple source is split by its Deconstruct method's out parameters.
            var deconstruct = sourceType is null || sourceType.IsTupleType ? null
                : sourceType.GetMembers("Deconstruct").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.Length == tuple.Elements.Length && m.Parameters.All(p => p.RefKind == RefKind.Out));
            for (var i = 0; i < tuple.Elements.Length; i++)
            {
                var name = "Item" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var part = deconstruct is not null ? DeconstructedPart(value, sourceType, deconstruct.Parameters[i].Name)
                    : value.Fields.TryGetValue(name, out var field) ? field : value.Flatten();
                Deconstruct(tuple.Elements[i], part, tuple.Elements[i].Type as INamedTypeSymbol);
            }

            return;
        }

        Assign(target, value);
    }

    private void BindPattern(IPatternOperation? pattern, Taint value)
    {
        switch (pattern)
        {
            case IDeclarationPatternOperation { DeclaredSymbol: { } symbol }:
                Set(symbol, value, "local");
                break;
            case IRecursivePatternOperation recursive:
                if (recursive.DeclaredSymbol is { } declared)
                {
                    Set(declared, value, "local");
                }

                // o is Customer { Email: var e }: e holds what the member holds.
                foreach (var property in recursive.PropertySubpatterns)
                {
                    if (property.Member is IMemberReferenceOperation { Member: var member })
                    {
                        BindPattern(property.Pattern, PartOf(value, member, member.Name));
                    }
                }

                // o is Person(var name, _): positional parts are the Deconstruct method's out parameters.
                var type = recursive.MatchedType as INamedTypeSymbol ?? recursive.InputType as INamedTypeSymbol;
                for (var i = 0; i < recursive.DeconstructionSubpatterns.Length; i++)
                {
                    var part = recursive.DeconstructSymbol is IMethodSymbol deconstruct && i < deconstruct.Parameters.Length
                        ? DeconstructedPart(value, type, deconstruct.Parameters[i].Name)
                        : value.Fields.TryGetValue("Item" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), out var item) ? item : value.Flatten();
                    BindPattern(recursive.DeconstructionSubpatterns[i], part);
                }

                break;
            case IBinaryPatternOperation binaryPattern:
                BindPattern(binaryPattern.LeftPattern, value);
                BindPattern(binaryPattern.RightPattern, value);
                break;
            case INegatedPatternOperation negated:
                BindPattern(negated.Pattern, value);
                break;
        }
    }

    /// <summary>What member <paramref name="name"/> of a value holds: its declaration, a tracked field, or nothing.</summary>
    private Taint PartOf(Taint value, ISymbol? member, string name)
    {
        if (member is not null && model.FactFor(member) is { } fact)
        {
            return Taint.Of(fact);
        }

        return value.Fields.TryGetValue(name, out var field) ? field : Taint.Empty;
    }

    /// <summary>
    /// A part handed out by <c>Deconstruct</c>: positional records (and Deconstruct methods that follow the convention)
    /// name each out parameter after the property it copies.
    /// </summary>
    private Taint DeconstructedPart(Taint value, INamedTypeSymbol? type, string parameterName)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol or IFieldSymbol && !member.IsStatic && string.Equals(member.Name, parameterName, StringComparison.OrdinalIgnoreCase))
                {
                    return PartOf(value, member, member.Name);
                }
            }
        }

        return value.Flatten();
    }

    /// <summary>The variable a mutator changes, through fluent chains: <c>sb.Append(a).Append(b)</c> changes <c>sb</c>.</summary>
    private static ISymbol? MutatedSymbol(IOperation? operation) => operation switch
    {
        IInvocationOperation { Instance: { } inner, TargetMethod: var method } when Mutators.Contains(method.Name) || method.Name == "Clear" => MutatedSymbol(inner),
        _ => ReceiverSymbol(operation),
    };

    /// <summary>The result type of <c>Task&lt;T&gt;</c> / <c>ValueTask&lt;T&gt;</c>, or <see langword="null"/>.</summary>
    private static ITypeSymbol? TaskResult(ITypeSymbol type) =>
        type is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task &&
        task.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks"
            ? task.TypeArguments[0]
            : null;

    private static ISymbol? ReceiverSymbol(IOperation? operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IMemberReferenceOperation { Instance: null or IInstanceReferenceOperation } member => member.Member,
        IConversionOperation conversion => ReceiverSymbol(conversion.Operand),
        _ => null,
    };

    private Taint Initializers(Taint value, ImmutableArray<IOperation> initializers)
    {
        foreach (var initializer in initializers)
        {
            switch (initializer)
            {
                case ISimpleAssignmentOperation { Target: IMemberReferenceOperation member } assignment:
                    value = value.WithField(member.Member.Name, Eval(assignment.Value));
                    break;
                case IMemberInitializerOperation { InitializedMember: IMemberReferenceOperation nested } memberInitializer:
                    value = value.WithField(nested.Member.Name, Eval(memberInitializer.Initializer));
                    break;
                case IInvocationOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } } add:
                    // A collection initializer's Add: the element joins the collection.
                    value = add.Arguments.Aggregate(value, (acc, a) => acc.Union(Eval(a).Flatten()));
                    break;
                default:
                    value = value.Union(Eval(initializer).Flatten());
                    break;
            }
        }

        return value;
    }

    /// <summary>A value turned into text: records print their members, so their personal data comes along.</summary>
    private Taint Rendered(Taint value, IOperation operation)
    {
        var type = UnderlyingType(operation);
        var facts = model.ObjectFacts(type, ObjectView.Rendered);
        if (facts.IsEmpty || type is null)
        {
            return value.Flatten();
        }

        return value.Flatten().Union(Taint.Of(facts.Where(f => !value.Cleared.Contains(ShortName(f.Member))).Select(f => f.WithStep(type.Name).InContainer(type.Name)).ToImmutableArray()));
    }

    private static string ShortName(string member)
    {
        var dot = member.LastIndexOf('.');
        return dot < 0 ? member : member.Substring(dot + 1);
    }

    private static ITypeSymbol? UnderlyingType(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation is IArgumentOperation argument ? UnderlyingType(argument.Value) : operation.Type;
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IArgumentOperation argument:
                    operation = argument.Value;
                    break;
                case IConversionOperation { IsImplicit: true } conversion:
                    operation = conversion.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    // ---------------------------------------------------------------- calls

    private Taint ObjectCreation(IObjectCreationOperation creation)
    {
        var arguments = creation.Arguments.Select(a => (Argument: a, Value: Eval(a))).ToList();
        var value = arguments.Aggregate(Taint.Empty, (acc, a) => acc.Union(a.Value.Flatten()));

        if (PiiModel.InheritsFrom(creation.Type, model.Exception))
        {
            var spec = new SinkSpec(SinkKind.Log, $"new {creation.Type!.Name}(…)", IsException: true, null, null, SerializerFamily.None);
            foreach (var (argument, taint) in arguments)
            {
                if (argument.Parameter?.Type.SpecialType == SpecialType.System_String)
                {
                    Sink(spec, argument, taint);
                }
            }
        }

        if (creation.Initializer is { } initializer)
        {
            value = Initializers(value, initializer.Initializers);
        }

        return PiiModel.IsDerivedClean(creation.Type) ? Taint.Empty : value;
    }

    private Taint Invocation(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var receiver = Eval(invocation.Instance);
        var values = new Dictionary<IArgumentOperation, Taint>();
        var lambdas = new List<IAnonymousFunctionOperation>();
        foreach (var argument in invocation.Arguments)
        {
            if (Lambda(argument.Value) is { } lambda)
            {
                lambdas.Add(lambda);
            }
            else
            {
                values[argument] = Eval(argument);
            }
        }

        // LINQ-style lambdas see the data of the sequence they run over.
        var sequence = invocation.Instance is null && method.IsExtensionMethod && invocation.Arguments.Length > 0 && values.TryGetValue(invocation.Arguments[0], out var first)
            ? first
            : receiver;
        var lambdaResult = Taint.Empty;
        foreach (var lambda in lambdas)
        {
            lambdaResult = lambdaResult.Union(RunLambda(lambda, sequence.Flatten()));
        }

        if (model.IsRedactor(method))
        {
            return Taint.Empty;
        }

        // log(c.Email) where log = s => logger.LogInformation("{S}", s): the lambda runs with the arguments.
        if (method.MethodKind == MethodKind.DelegateInvoke && ReceiverSymbol(invocation.Instance) is { } delegateSymbol &&
            delegates.TryGetValue(delegateSymbol, out var target) && runningDelegates.Add(target))
        {
            try
            {
                var savedReturned = returned;
                returned = Taint.Empty;
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter is { } parameter && parameter.Ordinal < target.Symbol.Parameters.Length && values.TryGetValue(argument, out var passed))
                    {
                        Set(target.Symbol.Parameters[parameter.Ordinal], passed, "parameter");
                    }
                }

                Execute(target.Body);
                var result = returned;
                returned = savedReturned;
                return result;
            }
            finally
            {
                runningDelegates.Remove(target);
            }
        }

        var sink = CheckSinks(invocation, method, values);
        if (sink is { Kind: SinkKind.Serialize })
        {
            // The serialized text carries what was serialized.
            return values.Aggregate(Taint.Empty, (acc, v) => acc.Union(v.Value.Flatten()));
        }

        if (sink is not null)
        {
            return Taint.Empty;
        }

        if (Summary(method) is { } summary)
        {
            var applied = ApplySummary(invocation, method, summary, values);
            return model.FactFor(method) is { } declaredReturn ? applied.Union(Taint.Of(declaredReturn)) : applied;
        }

        if (model.FactFor(method) is { } returnedFact)
        {
            return Taint.Of(returnedFact);
        }

        if (method.Parameters.Length == 0 && method.Name is "GetType" or "GetHashCode")
        {
            return Taint.Empty;
        }

        if (method.Parameters.Length == 0 && method.Name == "Clear" && MutatedSymbol(invocation.Instance) is { } cleared)
        {
            // sb.Clear(), list.Clear(): the receiver no longer holds what was put into it.
            Set(cleared, Taint.Empty, "local");
            return Taint.Empty;
        }

        // Only formatting methods (string.Format/Concat/Join, StringBuilder, Convert, ToString) print a record's members
        // into their string result. Any other call PiiGuard cannot see passes on the values it is given, except through
        // an `object` parameter, which it can only inspect by reflection (obj.GetGenericTypeName() is a type name).
        var formats = FormatsArguments(method);
        var arguments = values.Aggregate(Taint.Empty, (acc, v) => acc.Union(
            formats && method.ReturnType.SpecialType == SpecialType.System_String ? Rendered(v.Value, v.Key)
            : !formats && v.Key.Parameter?.Type.SpecialType == SpecialType.System_Object ? Taint.Empty
            : v.Value.Flatten()));
        if (Mutators.Contains(method.Name) && MutatedSymbol(invocation.Instance) is { } mutated && !arguments.IsEmpty)
        {
            state[mutated] = Get(mutated).Union(arguments);
        }

        // dict.TryGetValue(key, out var value): an out argument receives what the call could hand back.
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { RefKind: RefKind.Out or RefKind.Ref } parameter && !PiiModel.IsDerivedClean(parameter.Type))
            {
                Assign(argument.Value, receiver.Flatten().Union(arguments));
            }
        }

        // A call PiiGuard cannot see hands its inputs on only to a result that can hold them: never to a number, flag,
        // id, enum or date (nor a task of one).
        if (PiiModel.IsDerivedClean(method.ReturnType) || PiiModel.IsDerivedClean(TaskResult(method.ReturnType)))
        {
            return Taint.Empty;
        }

        var self = method.Name == "ToString" && invocation.Instance is not null ? Rendered(receiver, invocation.Instance) : receiver.Flatten();
        return self.Union(arguments).Union(lambdaResult);
    }

    private static bool FormatsArguments(IMethodSymbol method) =>
        method.Name is "ToString" or "Format" or "Concat" or "Join" or "Create" ||
        method.ContainingType is { SpecialType: SpecialType.System_String } ||
        (method.ContainingType is { Name: "StringBuilder" or "Convert" or "FormattableString" or "TextWriter" or "StringWriter" } type &&
            type.ContainingNamespace?.ToDisplayString() is "System" or "System.Text" or "System.IO");

    // A reporting walk resolves deep chains in place; a summary walk may be unwound and redone (it reports nothing).
    private MethodSummary? Summary(IMethodSymbol method) =>
        SummaryMode ? analysis.GetSummary(method, callers, cancellationToken) : analysis.ResolveSummary(method, callers, cancellationToken);

    private static IAnonymousFunctionOperation? Lambda(IOperation operation) => Unwrap(operation) switch
    {
        IAnonymousFunctionOperation lambda => lambda,
        IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } => lambda,
        _ => null,
    };

    private Taint RunLambda(IAnonymousFunctionOperation lambda, Taint parameterValue)
    {
        var savedReturned = returned;
        returned = Taint.Empty;
        foreach (var parameter in lambda.Symbol.Parameters)
        {
            state[parameter] = parameterValue;
        }

        Execute(lambda.Body);
        var result = returned;
        returned = savedReturned;
        return result;
    }

    private Taint ApplySummary(IInvocationOperation invocation, IMethodSymbol method, MethodSummary summary, Dictionary<IArgumentOperation, Taint> values)
    {
        var step = $"{method.ContainingType?.Name}.{method.Name}()";
        foreach (var parameterSink in summary.ParameterSinks)
        {
            var argument = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == parameterSink.Ordinal);
            if (argument is null || !values.TryGetValue(argument, out var value))
            {
                continue;
            }

            var carried = value.WithStep(step);
            foreach (var inner in parameterSink.Path.Skip(1))
            {
                carried = carried.WithStep(inner);
            }

            Sink(parameterSink.Sink, argument, carried, viaStep: step, includeObjects: !parameterSink.CalleeSeesMembers);
        }

        var result = Taint.Of(summary.ReturnFacts.Select(f => f.WithStep(step)).ToImmutableArray());
        foreach (var ordinal in summary.ReturnParameters)
        {
            var argument = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == ordinal);
            if (argument is not null && values.TryGetValue(argument, out var value))
            {
                result = result.Union(value.Flatten().WithStep(step));
            }
        }

        return result;
    }

    // ---------------------------------------------------------------- sinks

    private SinkSpec? CheckSinks(IInvocationOperation invocation, IMethodSymbol method, Dictionary<IArgumentOperation, Taint> values)
    {
        if (CatalogueEntry(invocation, method) is { } entry)
        {
            return CatalogueSink(invocation, method, entry, Display(method), values);
        }

        return OtherSinks(invocation, method, values);
    }

    private SinkSpec? OtherSinks(IInvocationOperation invocation, IMethodSymbol method, Dictionary<IArgumentOperation, Taint> values)
    {
        if (model.LoggerMessageAttribute is { } loggerMessage &&
            (method.PartialDefinitionPart ?? method).GetAttributes().FirstOrDefault(a => KnownTypes.Is(a.AttributeClass, loggerMessage)) is { } attribute)
        {
            var template = AttributeArguments.String(AttributeArguments.Named(attribute, "Message")) ??
                attribute.ConstructorArguments.Select(c => c.Value as string).LastOrDefault(s => s is not null);
            var holes = MessageTemplate.Holes(template);
            var spec = new SinkSpec(SinkKind.Log, Display(method) + " [LoggerMessage]", false, null, ObjectView.Rendered, SerializerFamily.None);
            foreach (var pair in values)
            {
                if (!IsPlumbing(pair.Key.Parameter))
                {
                    var destructure = holes.Any(h => h.Destructure && string.Equals(h.Name, pair.Key.Parameter?.Name, StringComparison.OrdinalIgnoreCase));
                    Sink(destructure ? spec with { View = ObjectView.Destructure } : spec, pair.Key, pair.Value);
                }
            }

            return spec;
        }

        if (method.MethodKind == MethodKind.DelegateInvoke && method.ContainingType is { IsGenericType: true } delegateType &&
            delegateType.TypeArguments.Length > 0 && SymbolEqualityComparer.Default.Equals(delegateType.TypeArguments[0], model.MelLogger))
        {
            var spec = new SinkSpec(SinkKind.Log, "LoggerMessage.Define delegate", false, null, ObjectView.Rendered, SerializerFamily.None);
            SinkAllData(spec, values);
            return spec;
        }

        if ((model.UserSinkKind(method) ?? ConfiguredSinkKind(method)) is { } userKind)
        {
            var spec = userKind == SinkKind.Serialize
                ? new SinkSpec(SinkKind.Serialize, Display(method), false, null, ObjectView.Serialized, SerializerFamily.None)
                : new SinkSpec(SinkKind.Log, Display(method), false, null, ObjectView.Rendered, SerializerFamily.None);
            SinkAllData(spec, values);
            return spec;
        }

        if (model.DestinationOf(method) is { } destination)
        {
            // A channel whose body is in this compilation says what it sends: its summary places those parameters
            // precisely. Parameters whose fate it cannot show (an SDK call, an interface) are sent whole.
            var summary = Summary(method);
            var shown = summary?.ParameterSinks.Where(p => p.Sink.Kind == SinkKind.Send).Select(p => p.Ordinal).ToImmutableHashSet() ?? ImmutableHashSet<int>.Empty;
            var spec = new SinkSpec(SinkKind.Send, Recipient(Display(method), destination), false, destination, ObjectView.Serialized, SerializerFamily.None);
            SinkAllData(spec, values, skipOrdinals: shown);
            if (summary is not null)
            {
                ApplySummary(invocation, method, summary, values);
            }

            return spec;
        }

        return null;
    }

    private SinkKind? ConfiguredSinkKind(IMethodSymbol method)
    {
        var options = Options;
        if (options.AdditionalLogSinks.IsEmpty && options.AdditionalSerializeSinks.IsEmpty)
        {
            return null;
        }

        var name = $"{method.ContainingType?.ToDisplayString()}.{method.Name}";
        return options.AdditionalLogSinks.Contains(name) ? SinkKind.Log
            : options.AdditionalSerializeSinks.Contains(name) ? SinkKind.Serialize
            : null;
    }

    private SinkEntry? CatalogueEntry(IInvocationOperation invocation, IMethodSymbol method)
    {
        for (var type = method.ContainingType?.OriginalDefinition; type is not null; type = type.BaseType?.OriginalDefinition)
        {
            if (!model.Sinks.TryGetValue(type, out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                if ((entry.Methods.IsEmpty || entry.Methods.Contains(method.Name)) &&
                    (!entry.ConsoleWriterOnly || IsConsoleWriter(invocation.Instance)))
                {
                    return entry;
                }
            }
        }

        return null;
    }

    private static bool IsConsoleWriter(IOperation? instance) =>
        instance is not null && Unwrap(instance) is IPropertyReferenceOperation { Property: { Name: "Out" or "Error", ContainingType: { Name: "Console" } console } } &&
        console.ContainingNamespace?.ToDisplayString() == "System";

    private SinkSpec CatalogueSink(IInvocationOperation invocation, IMethodSymbol method, SinkEntry entry, string display, Dictionary<IArgumentOperation, Taint> values)
    {
        var destination = entry.Kind == SinkKind.Send ? SendDestination(invocation, entry) : null;
        var baseSpec = new SinkSpec(entry.Kind, destination is null ? display : Recipient(display, destination), false, destination, entry.Kind == SinkKind.Log ? ObjectView.Rendered : null, entry.Family);
        if (entry.Kind == SinkKind.Send && destination is null)
        {
            return baseSpec;
        }

        var ordered = invocation.Arguments.Where(a => a.Parameter is not null).OrderBy(a => a.Parameter!.Ordinal).ToList();
        var templateArgument = entry.TemplateParameter is null ? null : ordered.FirstOrDefault(a => a.Parameter!.Name == entry.TemplateParameter);
        var holes = templateArgument is not null && Unwrap(templateArgument.Value).ConstantValue is { HasValue: true, Value: string template }
            ? MessageTemplate.Holes(template)
            : ImmutableArray<MessageTemplate.Hole>.Empty;
        var position = 0;
        foreach (var argument in ordered)
        {
            var parameter = argument.Parameter!;
            if (IsPlumbing(parameter) || (!entry.DataParameters.IsDefault && !entry.DataParameters.Contains(parameter.Name)))
            {
                continue;
            }

            var wholeObject = !entry.WholeObjectParameters.IsDefault && entry.WholeObjectParameters.Contains(parameter.Name);
            var spec = wholeObject ? baseSpec with { View = ObjectView.Serialized } : baseSpec;
            var afterTemplate = templateArgument is not null && parameter.Ordinal > templateArgument.Parameter!.Ordinal;
            if (argument.ArgumentKind == ArgumentKind.ParamArray && Unwrap(argument.Value) is IArrayCreationOperation { Initializer: { } elements })
            {
                foreach (var element in elements.ElementValues)
                {
                    Sink(HoleSpec(spec, holes, afterTemplate ? position++ : -1), element, recorded.TryGetValue(element, out var t) ? t : Taint.Empty);
                }

                continue;
            }

            if (values.TryGetValue(argument, out var value))
            {
                var isTemplate = ReferenceEquals(argument, templateArgument);
                Sink(HoleSpec(spec, holes, afterTemplate && !isTemplate ? position++ : -1), argument, value);
            }
        }

        return baseSpec;
    }

    private static SinkSpec HoleSpec(SinkSpec spec, ImmutableArray<MessageTemplate.Hole> holes, int position) =>
        position >= 0 && position < holes.Length && holes[position].Destructure && spec.Kind == SinkKind.Log
            ? spec with { View = ObjectView.Destructure }
            : spec;

    private Destination? SendDestination(IInvocationOperation invocation, SinkEntry entry)
    {
        var url = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == entry.UrlParameter);
        if (url is not null && model.DestinationOfUrl(ConstantUrl(Unwrap(url.Value))) is { } byHost)
        {
            return byHost;
        }

        // SendAsync(request): the URL is in the HttpRequestMessage, built inline or in a local.
        var request = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Type.Name == "HttpRequestMessage");
        var requestUrl = request is null ? null : Unwrap(request.Value) switch
        {
            ILocalReferenceOperation local => localUrls.TryGetValue(local.Local, out var known) ? known : null,
            var inline => RequestUrl(inline),
        };
        if (model.DestinationOfUrl(requestUrl) is { } byRequest)
        {
            return byRequest;
        }

        var client = invocation.Instance ?? invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value;
        if (client is not null && Unwrap(client) is IMemberReferenceOperation member && model.DestinationOf(member.Member) is { } byMember)
        {
            return byMember;
        }

        return owner.ContainingType is { } containing ? model.DestinationOf(containing) : null;
    }

    private string? RequestUrl(IOperation operation) =>
        operation is IObjectCreationOperation { Type.Name: "HttpRequestMessage" } creation &&
        creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "requestUri") is { } uri
            ? ConstantUrl(Unwrap(uri.Value))
            : null;

    private string? ConstantUrl(IOperation operation) => operation switch
    {
        { ConstantValue: { HasValue: true, Value: string s } } => s,
        IInterpolatedStringOperation interpolated => interpolated.Parts.FirstOrDefault() switch
        {
            IInterpolatedStringTextOperation { Text.ConstantValue.Value: string prefix } => prefix,
            IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation { Arguments.Length: > 0 } literal } => Unwrap(literal.Arguments[0].Value).ConstantValue.Value as string,
            _ => null,
        },
        IInterpolatedStringHandlerCreationOperation handler => ConstantUrl(handler.Content),
        IInvocationOperation { TargetMethod: { Name: "Create", ContainingType.SpecialType: SpecialType.System_String } } create =>
            create.Arguments.Select(a => ConstantUrl(Unwrap(a.Value))).FirstOrDefault(u => u is not null),
        ILocalReferenceOperation local => localUrls.TryGetValue(local.Local, out var known) ? known : null,
        IObjectCreationOperation { Arguments.Length: > 0 } uri when uri.Type?.Name == "Uri" => ConstantUrl(Unwrap(uri.Arguments[0].Value)),
        _ => null,
    };

    private void SinkAllData(SinkSpec spec, Dictionary<IArgumentOperation, Taint> values, ImmutableHashSet<int>? skipOrdinals = null)
    {
        foreach (var pair in values.OrderBy(p => p.Key.Parameter?.Ordinal ?? 0))
        {
            if (pair.Key.Parameter is null || IsPlumbing(pair.Key.Parameter) || skipOrdinals?.Contains(pair.Key.Parameter.Ordinal) == true)
            {
                continue;
            }

            if (pair.Key.ArgumentKind == ArgumentKind.ParamArray && Unwrap(pair.Key.Value) is IArrayCreationOperation { Initializer: { } elements })
            {
                foreach (var element in elements.ElementValues)
                {
                    Sink(spec, element, recorded.TryGetValue(element, out var t) ? t : Taint.Empty);
                }

                continue;
            }

            Sink(spec, pair.Key, pair.Value);
        }
    }

    private bool IsPlumbing(IParameterSymbol? parameter) => parameter is null || model.IsPlumbing(parameter.Type);

    /// <summary>One argument reaching one sink: report uncovered declared data, or record it in a summary.</summary>
    private void Sink(SinkSpec spec, IOperation argument, Taint value, string? viaStep = null, bool includeObjects = true)
    {
        var type = UnderlyingType(argument);
        var facts = new List<PiiFact>();
        foreach (var fact in value.AllFacts)
        {
            facts.Add(fact.WithStep(spec.Display));
        }

        string? container = null;
        if (spec.View is { } view && type is not null && includeObjects)
        {
            var objectType = view == ObjectView.Rendered && model.ElementType(type) is { } element ? element : type;
            var objectFacts = model.ObjectFacts(objectType, view, spec.Family);
            // What may really be written: a T stands for the holder types that satisfy its constraints; a base type or
            // interface for the holders deriving from it (loggers and ToString print the run-time type; System.Text.Json
            // writes a base type's own members only).
            var runtime = view != ObjectView.Serialized || spec.Family != SerializerFamily.SystemTextJson || objectType.TypeKind == TypeKind.TypeParameter
                ? model.RuntimeHolders(objectType)
                : ImmutableArray<INamedTypeSymbol>.Empty;
            if (!runtime.IsEmpty)
            {
                objectFacts = objectFacts.AddRange(runtime.SelectMany(h => model.ObjectFacts(h, view, spec.Family)));
            }

            container = objectFacts.IsEmpty ? null : runtime.IsEmpty ? objectType.Name : $"{objectType.Name} (as {List(runtime.Select(h => h.Name).ToList())})";
            foreach (var fact in objectFacts)
            {
                if (value.Cleared.Contains(ShortName(fact.Member)) || facts.Any(f => f.SameItem(fact)))
                {
                    continue;
                }

                var path = ImmutableArray.Create(fact.Member, objectType.Name);
                if (viaStep is not null)
                {
                    path = path.Add(viaStep);
                }

                facts.Add(new PiiFact(fact.Member, fact.Category, fact.Purpose, path.Add(spec.Display), container: container, symbolId: fact.SymbolId));
            }
        }

        if (SummaryMode)
        {
            foreach (var ordinal in value.AllFacts.Where(f => f.IsSymbolic).Select(f => f.ParameterOrdinal).Distinct())
            {
                var path = value.AllFacts.First(f => f.ParameterOrdinal == ordinal).Path;
                parameterSinks.Add(new ParameterSink(ordinal, spec, path, CalleeSeesMembers(ordinal, spec)));
            }

            // A whole object passed on from a parameter: the caller's argument type decides what it carries.
            if (spec.View is not null && Unwrap(argument) is IParameterReferenceOperation { Parameter: var parameter } &&
                SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, owner) &&
                !parameterSinks.Any(p => p.Ordinal == parameter.Ordinal && p.Sink == spec))
            {
                parameterSinks.Add(new ParameterSink(parameter.Ordinal, spec, ImmutableArray.Create(parameter.Name), CalleeSeesMembers(parameter.Ordinal, spec)));
            }

            return;
        }

        if (observe is not null)
        {
            // Inventory mode: every declared item reaching a sink, covered or not.
            foreach (var fact in facts.Where(f => !f.IsSymbolic))
            {
                observe(spec, fact, Narrow(argument, fact).Syntax.GetLocation());
            }
        }

        if (report is null)
        {
            return;
        }

        foreach (var fact in facts)
        {
            if (fact.IsSymbolic || Descriptor(spec, fact, Options) is not { } descriptor)
            {
                continue;
            }

            // A whole object is one finding per rule: its members' value flows join its PII0103 rather than pair with it.
            var item = fact;
            if (container is not null && ReferenceEquals(descriptor, DiagnosticDescriptors.LoggedWithoutCoveringPurpose))
            {
                descriptor = DiagnosticDescriptors.LoggedAsWholeObject;
                item = fact.Container is null ? fact.InContainer(container) : fact;
            }

            var location = Narrow(argument, item).Syntax.GetLocation();
            var key = (location.SourceSpan.Start, location.SourceSpan.Length, descriptor.Id);
            if (!findings.TryGetValue(key, out var finding))
            {
                findings[key] = finding = new Finding(descriptor, location, spec);
            }

            if (!finding.Facts.Any(f => f.SameItem(item)))
            {
                finding.Facts.Add(item);
            }
        }
    }

    /// <summary>One diagnostic per argument and rule, naming every member it carries.</summary>
    private void ReportFindings()
    {
        if (report is null)
        {
            return;
        }

        foreach (var finding in findings.Values)
        {
            var facts = finding.Facts;
            var first = facts[0];
            var spec = finding.Spec;
            var members = facts.Count == 1 ? first.Member
                : List(facts.Select(f => finding.Descriptor.Id == DiagnosticIds.LoggedAsWholeObject ? MemberInContainer(f) : f.Member).ToList());
            var categories = string.Join(", ", facts.Select(f => f.CategoryText).Distinct());
            var path = first.PathText;
            object[] arguments = finding.Descriptor.Id switch
            {
                DiagnosticIds.LoggedAsWholeObject => new object[] { members, categories, first.Container ?? string.Empty, spec.Display, path },
                DiagnosticIds.SensitiveDataLogged => new object[] { members, categories, spec.Display, path },
                DiagnosticIds.SentOffRegionWithoutPurpose or DiagnosticIds.SentOffRegionWithoutTransfer =>
                    new object[] { members, categories, spec.Display, spec.Destination!.Region, model.HomeRegion!, path },
                _ => new object[] { members, categories, spec.Display, path },
            };
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(FlowProperties.Member, first.SymbolId)
                .Add(FlowProperties.Members, string.Join(";", facts.Select(f => f.SymbolId).Where(id => id is not null)))
                .Add(FlowProperties.Sink, spec.Kind.ToString())
                .Add(FlowProperties.Family, spec.Family.ToString())
                .Add(FlowProperties.Region, spec.Destination?.Region);
            report(Diagnostic.Create(finding.Descriptor, finding.Location, properties, arguments));
        }

        findings.Clear();
    }

    // CreateOrderCommand.CardNumber inside a CreateOrderCommand reads as CardNumber.
    private static string MemberInContainer(PiiFact fact)
    {
        var container = fact.Container is { } c && c.IndexOf(' ') is var space && space > 0 ? c.Substring(0, space) : fact.Container;
        return container is not null && fact.Member.StartsWith(container + ".", StringComparison.Ordinal) ? fact.Member.Substring(container.Length + 1) : fact.Member;
    }

    /// <summary><c>A</c>, <c>A and B</c>, <c>A, B and C</c>, <c>A, B and 9 more</c>.</summary>
    private static string List(List<string> names) => names.Count switch
    {
        0 => string.Empty,
        1 => names[0],
        2 or 3 => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1],
        _ => $"{names[0]}, {names[1]} and {(names.Count - 2).ToString(System.Globalization.CultureInfo.InvariantCulture)} more",
    };

    private sealed class Finding
    {
        public Finding(DiagnosticDescriptor descriptor, Location location, SinkSpec spec)
        {
            Descriptor = descriptor;
            Location = location;
            Spec = spec;
        }

        public DiagnosticDescriptor Descriptor { get; }

        public Location Location { get; }

        public SinkSpec Spec { get; }

        public List<PiiFact> Facts { get; } = new();
    }

    private bool CalleeSeesMembers(int ordinal, SinkSpec spec) =>
        spec.View is { } view && owner is IMethodSymbol method && ordinal < method.Parameters.Length &&
        !model.ObjectFacts(method.Parameters[ordinal].Type, view, spec.Family).IsEmpty;

    private DiagnosticDescriptor? Descriptor(SinkSpec spec, PiiFact fact, FlowOptions options)
    {
        switch (spec.Kind)
        {
            case SinkKind.Log:
                if (fact.IsSensitive)
                {
                    return DiagnosticDescriptors.SensitiveDataLogged;
                }

                if ((fact.Purpose & options.LogCovering) != 0)
                {
                    return null;
                }

                return spec.IsException ? DiagnosticDescriptors.LoggedInExceptionMessage
                    : fact.Container is not null ? DiagnosticDescriptors.LoggedAsWholeObject
                    : DiagnosticDescriptors.LoggedWithoutCoveringPurpose;
            case SinkKind.Serialize:
                return (fact.Purpose & options.SerializeCovering) != 0 ? null : DiagnosticDescriptors.SerializedWithoutPurpose;
            case SinkKind.Send:
                if (spec.Destination is not { } destination || !model.IsOffRegion(destination))
                {
                    return null;
                }

                if ((fact.Purpose & options.SendCovering) == 0)
                {
                    return DiagnosticDescriptors.SentOffRegionWithoutPurpose;
                }

                return model.TransferCovers(destination.Region) ? null : DiagnosticDescriptors.SentOffRegionWithoutTransfer;
            default:
                return null;
        }
    }

    /// <summary>The narrowest sub-expression of <paramref name="operation"/> that carries <paramref name="fact"/>.</summary>
    private IOperation Narrow(IOperation operation, PiiFact fact)
    {
        var current = operation;
        for (var depth = 0; depth < 32; depth++)
        {
            IOperation? next = null;
            switch (current)
            {
                case IArgumentOperation argument:
                    next = argument.Value;
                    break;
                case IConversionOperation conversion:
                    next = conversion.Operand;
                    break;
                case IInterpolatedStringOperation or IBinaryOperation or IConditionalOperation or ICoalesceOperation or
                    IInterpolationOperation or IArrayCreationOperation or IArrayInitializerOperation or IAnonymousObjectCreationOperation or
                    ITupleOperation or IParenthesizedOperation or IAwaitOperation or ISimpleAssignmentOperation or IObjectCreationOperation:
                    var carriers = current.ChildOperations.Where(c => Carries(c, fact)).Take(2).ToList();
                    next = carriers.Count == 1 ? carriers[0] : null;
                    break;
                case IInvocationOperation { TargetMethod: { IsStatic: true, ContainingType.SpecialType: SpecialType.System_String } } format:
                    // string.Format / Concat / Join: point at the argument that carries the data.
                    var formatted = format.Arguments.Where(c => Carries(c, fact)).Take(2).ToList();
                    next = formatted.Count == 1 ? formatted[0] : null;
                    break;
            }

            if (next is null || (!Carries(next, fact) && next is not IInterpolationOperation))
            {
                return current;
            }

            current = next;
        }

        return current;
    }

    private bool Carries(IOperation operation, PiiFact fact)
    {
        if (operation is IInterpolationOperation hole)
        {
            return Carries(hole.Expression, fact);
        }

        if (operation is ISimpleAssignmentOperation assignment)
        {
            return Carries(assignment.Value, fact);
        }

        return recorded.TryGetValue(operation, out var value) && value.AllFacts.Any(f => f.Member == fact.Member && f.ParameterOrdinal == fact.ParameterOrdinal);
    }

    private static string Display(IMethodSymbol method)
    {
        var type = method.IsExtensionMethod && method.Parameters.Length > 0 ? method.Parameters[0].Type.Name : method.ContainingType?.Name;
        return $"{type}.{method.Name}";
    }

    private static string Recipient(string display, Destination destination) =>
        destination.Recipient is { Length: > 0 } recipient ? $"{display} ({recipient})" : display;
}
