using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiGuard.Analyzers.Model;
using PiiGuard.Analyzers.Sinks;

namespace PiiGuard.Analyzers.Flow;

/// <summary>Calls: constructors, invocations, delegates and lambdas, and helper summaries applied at call sites.</summary>
internal sealed partial class FlowWalker
{
    private Taint ObjectCreation(IObjectCreationOperation creation)
    {
        var arguments = creation.Arguments.Select(a => (Argument: a, Value: Eval(a))).ToList();
        var value = arguments.Aggregate(Taint.Empty, (acc, a) => acc.Union(a.Value.Flatten()));

        if (types.IsOrDerivesFrom(creation.Type, ApiCatalog.ExceptionType))
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
            // The serialized text carries what was serialized: the values, and the declared members of a whole object
            // as the serializer writes them (so JSON that is then logged or sent still carries the customer's e-mail).
            return values.Aggregate(Taint.Empty, (acc, v) => acc.Union(Serialized(v.Value, v.Key, sink.Family)));
        }

        if (sink is not null)
        {
            return Taint.Empty;
        }

        // User.FindFirstValue(ClaimTypes.Email), Headers.TryGetValue("X-Forwarded-For", out var forwarded): the catalogue's sources.
        if (model.Sources.ForCall(invocation, out var throughOut) is { } sourceFact)
        {
            if (!throughOut)
            {
                return Taint.Of(sourceFact);
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is { RefKind: RefKind.Out })
                {
                    Assign(argument.Value, Taint.Of(sourceFact));
                }
            }

            return Taint.Empty;
        }

        if (NothingToCarry(invocation, method, values))
        {
            // Its summary could only hand back or pass on what it is given, and it is given nothing: not summarised
            // (so not bound). Same result as applying the summary: nothing returned, no parameter reaches a sink.
            FlowCounters.CountSkipped();
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

        if (method.Parameters.Length == 0 && ApiCatalog.DataFree.Contains(method.Name))
        {
            return Taint.Empty;
        }

        if (method.Parameters.Length == 0 && ApiCatalog.Cleaners.Contains(method.Name) && MutatedSymbol(invocation.Instance) is { } cleared)
        {
            // sb.Clear(), list.Clear(): the receiver no longer holds what was put into it.
            Set(cleared, Taint.Empty, "local");
            return Taint.Empty;
        }

        // Only formatting methods (string.Format/Concat/Join, StringBuilder, Convert, ToString) print a record's members
        // into their string result. Any other call PiiGuard cannot see passes on the values it is given, except through
        // an `object` parameter, which it can only inspect by reflection (obj.GetGenericTypeName() is a type name).
        // A mutator (tags.Add("email", value), list.Add(item)) stores its arguments whatever their parameter type.
        var formats = FormatsArguments(method);
        var mutator = ApiCatalog.Mutators.Contains(method.Name);
        var arguments = values.Aggregate(Taint.Empty, (acc, v) => acc.Union(
            formats && method.ReturnType.SpecialType == SpecialType.System_String ? Rendered(v.Value, v.Key)
            : !formats && !mutator && v.Key.Parameter?.Type.SpecialType == SpecialType.System_Object ? Taint.Empty
            : v.Value.Flatten()));
        // source.CopyTo(destination): the destination now holds what the source held.
        if (ApiCatalog.CopiesToArgument.Contains(method.Name))
        {
            var sourceArgument = invocation.Instance is null && method.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0] : null;
            var source = sourceArgument is not null && values.TryGetValue(sourceArgument, out var extensionSource) ? extensionSource : receiver;
            foreach (var argument in invocation.Arguments)
            {
                if (!source.IsEmpty && !ReferenceEquals(argument, sourceArgument) && MutationTarget(argument.Value) is { } destination)
                {
                    state[destination] = Get(destination).Union(source.Flatten());
                }
            }
        }

        if (mutator && invocation.Instance is not null && MutationTarget(invocation.Instance) is { } mutated && !arguments.IsEmpty)
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

    private bool FormatsArguments(IMethodSymbol method)
    {
        if (ApiCatalog.FormattingMethods.Contains(method.Name) || method.ContainingType is { SpecialType: SpecialType.System_String })
        {
            return true;
        }

        foreach (var type in ApiCatalog.FormattingTypes)
        {
            if (types.IsOrDerivesFrom(method.ContainingType, type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a call to a helper of this compilation can be applied without its summary: the helper's code reads no
    /// declared data (its name is not a data name and it is not declared in a holder type, so its summary returns no
    /// declared item), it has no <c>out</c>/<c>ref</c> parameter, every argument value is clean and no argument is an
    /// object that holds declared members, nor <c>this</c> with data this walk stored on it (so no parameter sink of the
    /// summary has anything to report). Local functions, accessors and constructors (which may read captured or own
    /// state) are always summarised.
    /// </summary>
    private bool NothingToCarry(IInvocationOperation invocation, IMethodSymbol method, Dictionary<IArgumentOperation, Taint> values)
    {
        if (method.MethodKind != MethodKind.Ordinary || method.DeclaringSyntaxReferences.IsEmpty && method.PartialImplementationPart is null)
        {
            return false;
        }

        var relevance = analysis.Relevance(cancellationToken);
        if (relevance.Names.Contains(method.Name) || model.FactFor(method) is not null || relevance.InHolderType(method))
        {
            return false;
        }

        foreach (var parameter in method.Parameters)
        {
            if (parameter.RefKind is RefKind.Out or RefKind.Ref)
            {
                return false;
            }
        }

        foreach (var value in values.Values)
        {
            if (!value.IsEmpty)
            {
                return false;
            }
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.ParamArray && Unwrap(argument.Value) is IArrayCreationOperation { Initializer: { } elements })
            {
                if (elements.ElementValues.Any(e => MayHoldDeclaredMembers(UnderlyingType(e))))
                {
                    return false;
                }
            }
            else if (MayHoldDeclaredMembers(UnderlyingType(argument.Value)) || CarriesOwnState(argument.Value))
            {
                return false;
            }
        }

        return true;
    }

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

        // TryGet(c, out var contact): the out/ref argument receives what the helper wrote to it.
        foreach (var written in summary.OutParameters)
        {
            if (invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == written.Ordinal) is not { } target)
            {
                continue;
            }

            var value = Taint.Of(written.Facts.Select(f => f.WithStep(step)).ToImmutableArray());
            foreach (var ordinal in written.FromParameters)
            {
                if (invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == ordinal) is { } from && values.TryGetValue(from, out var passed))
                {
                    value = value.Union(passed.Flatten().WithStep(step));
                }
            }

            Assign(target.Value, value);
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
}
