using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiGuard.Analyzers.Model;
using PiiGuard.Analyzers.Sinks;

namespace PiiGuard.Analyzers.Flow;

/// <summary>Expressions: what each value carries — member reads, assignments, patterns, deconstruction, conversions.</summary>
internal sealed partial class FlowWalker
{
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
                return ParameterValue(parameter.Parameter);
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
            case IEventAssignmentOperation { Adds: true } subscription:
                if (Lambda(subscription.HandlerValue) is { } subscribed && subscription.EventReference is IEventReferenceOperation { Instance: null or IInstanceReferenceOperation } raised)
                {
                    delegates[raised.Event] = subscribed;
                }

                Eval(subscription.HandlerValue);
                return Taint.Empty;
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
            case IDynamicMemberReferenceOperation dynamicMember when DynamicMember(dynamicMember) is { } declared:
                Eval(dynamicMember.Instance);
                return Taint.Of(declared);
            case IConditionalAccessOperation conditionalAccess:
                conditionalReceivers.Push(Eval(conditionalAccess.Operation));
                conditionalSymbols.Push(ReceiverSymbol(conditionalAccess.Operation));
                try
                {
                    return Eval(conditionalAccess.WhenNotNull);
                }
                finally
                {
                    conditionalReceivers.Pop();
                    conditionalSymbols.Pop();
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
                Isolated(() => ExecuteWithDeclaredParameters(lambda.Symbol, lambda.Body));
                return Taint.Empty;
            case IDelegateCreationOperation { Target: IAnonymousFunctionOperation target }:
                Isolated(() => ExecuteWithDeclaredParameters(target.Symbol, target.Body));
                return Taint.Empty;
            case IThrowOperation @throw:
                Eval(@throw.Exception);
                return Taint.Empty;
            case IInvalidOperation invalid:
                // Code that does not bind (a type from a package the build cannot see, a half-typed line): its parts are
                // still followed, and a call that can only be a logging or serializing call is still one.
                var parts = new List<(IOperation Part, Taint Value)>();
                foreach (var child in invalid.ChildOperations)
                {
                    parts.Add((child, Eval(child)));
                }

                UnboundCallSink(invalid, parts);
                return Recovered(invalid, parts);
            case IIsTypeOperation or IUnaryOperation or IIncrementOrDecrementOperation:
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

    /// <summary><c>d.Email</c> where <c>d</c> holds a <c>Customer</c>: the declared member the name resolves to at run time.</summary>
    private PiiFact? DynamicMember(IDynamicMemberReferenceOperation member)
    {
        var origin = member.Instance is null ? null
            : StaticTypeBeforeDynamic(member.Instance) is { TypeKind: not TypeKind.Dynamic } direct ? direct
            : ReceiverSymbol(member.Instance) is { } symbol && dynamicOrigins.TryGetValue(symbol, out var known) ? known
            : null;
        for (var type = origin; type is not null; type = type.BaseType)
        {
            foreach (var candidate in type.GetMembers(member.MemberName))
            {
                if (candidate is IPropertySymbol or IFieldSymbol && model.FactFor(candidate) is { } fact)
                {
                    return fact;
                }
            }
        }

        return null;
    }

    /// <summary>The static type of a value converted to <c>dynamic</c> (<c>(dynamic)customer</c>), or its own type.</summary>
    private static ITypeSymbol? StaticTypeBeforeDynamic(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation.Type;
    }

    // A parameter this walk did not seed — a primary constructor's, read from a member — is a source when declared.
    private Taint ParameterValue(IParameterSymbol parameter) =>
        state.TryGetValue(parameter, out var value) ? value
        : !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, owner) && model.FactFor(parameter) is { } fact ? Taint.Of(fact)
        : Taint.Empty;

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

        // Request.Headers["X-Forwarded-For"]: the source catalogue knows the key.
        if (member is IPropertyReferenceOperation { Property.IsIndexer: true } indexer && model.Sources.ForIndexer(indexer) is { } header)
        {
            return Taint.Of(header);
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

        // A field of this object written from declared data by another method of its type (Remember → Flush).
        if (member.Instance is null or IInstanceReferenceOperation && Stored(symbol) is { IsEmpty: false } stored)
        {
            return stored;
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
        // own declared members hold; those are found by type wherever the object is written out whole. In a summary, a
        // navigation to another holder (order.Customer) keeps the parameter's mark, so the caller learns the parameter
        // reached the sink through declared members; an undeclared string of it (device.AccessToken) is clean.
        if (HoldsDeclaredMembers(instance?.Type))
        {
            return SummaryMode && MayHoldDeclaredMembers(member.Type) ? Taint.Of(receiver.AllFacts.Where(f => f.IsSymbolic).ToImmutableArray()) : Taint.Empty;
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
                Written(member.Member, value);
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

    /// <summary>
    /// What an added value ends up in: the mutated variable, or — for <c>message.To.Add(address)</c> — the variable whose
    /// member collection grows (the message now carries the address). Never used for cleaners: clearing
    /// <c>message.To</c> does not clean the message.
    /// </summary>
    private ISymbol? MutationTarget(IOperation? operation) =>
        MutatedSymbol(operation) ?? (Unwrap(operation!) is IMemberReferenceOperation { Instance: { } container } ? MutationTarget(container) : null);

    /// <summary>The variable a mutator changes, through fluent chains: <c>sb.Append(a).Append(b)</c> changes <c>sb</c>.</summary>
    private ISymbol? MutatedSymbol(IOperation? operation) => operation switch
    {
        IInvocationOperation { Instance: { } inner, TargetMethod: var method } when ApiCatalog.Mutators.Contains(method.Name) || ApiCatalog.Cleaners.Contains(method.Name) => MutatedSymbol(inner),
        _ => ReceiverSymbol(operation),
    };

    /// <summary>The result type of <c>Task&lt;T&gt;</c> / <c>ValueTask&lt;T&gt;</c>, or <see langword="null"/>.</summary>
    private ITypeSymbol? TaskResult(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeArguments.Length: 1 } task && types.IsAny(task, ApiCatalog.Awaitables)
            ? task.TypeArguments[0]
            : null;

    private ISymbol? ReceiverSymbol(IOperation? operation) => operation switch
    {
        IConditionalAccessInstanceOperation => conditionalSymbols.Count > 0 ? conditionalSymbols.Peek() : null,
        IEventReferenceOperation { Instance: null or IInstanceReferenceOperation } raised => raised.Event,
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
    private Taint Serialized(Taint value, IOperation operation, SerializerFamily family)
    {
        var type = UnderlyingType(operation);
        if (type is null || PiiModel.IsScalar(type))
        {
            return value.Flatten();
        }

        return WithObjectFacts(WithOwnObject(value, operation, ObjectView.Serialized, family), type, model.ObjectFacts(type, ObjectView.Serialized, family));
    }

    /// <summary>Text made from an object (printed, serialized) carries the object's declared members, except those cleared.</summary>
    private static Taint WithObjectFacts(Taint value, ITypeSymbol type, ImmutableArray<PiiFact> facts) =>
        facts.IsEmpty
            ? value.Flatten()
            : value.Flatten().Union(Taint.Of(facts.Where(f => !value.Cleared.Contains(ShortName(f.Member))).Select(f => f.WithStep(type.Name).InContainer(type.Name)).ToImmutableArray()));

    private Taint Rendered(Taint value, IOperation operation)
    {
        var type = UnderlyingType(operation);
        return type is null ? value.Flatten() : WithObjectFacts(WithOwnObject(value, operation, ObjectView.Rendered), type, model.ObjectFacts(type, ObjectView.Rendered));
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
}
