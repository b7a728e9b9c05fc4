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

/// <summary>
/// Follows personal data through one method body: an abstract interpreter over the operation tree whose values are
/// <see cref="Taint"/>s. Locals are updated in place (an overwrite with clean data cleans them), branches are merged,
/// loop bodies run twice, lambdas passed to LINQ see the source's data, and helpers of the compilation are applied
/// through their summaries. The walker is the engine only: in hit mode it hands every declared item that reaches a sink
/// to its caller as a <see cref="SinkHit"/> (the rules layer decides which hits are findings; the map records them all);
/// in summary mode it records what the method's parameters reach. It knows nothing of diagnostics.
///
/// One concern per file: entry points and state here; statements, expressions, calls, sinks, destinations and
/// locations in the <c>FlowWalker.*.cs</c> partial files.
/// </summary>
internal sealed partial class FlowWalker
{
    /// <summary>Nesting depth (expressions inside expressions, lambdas inside lambdas) the walker follows.</summary>
    public const int MaxDepth = 400;

    private readonly FlowAnalysis analysis;
    private readonly PiiModel model;
    private readonly WellKnownTypes types;
    private readonly ISymbol owner;
    private readonly SyntaxTree tree;
    private readonly ImmutableStack<IMethodSymbol> callers;
    private readonly Action<SinkHit>? hits;
    private readonly CancellationToken cancellationToken;
    private readonly Dictionary<IOperation, Taint> recorded = new();
    private readonly List<ParameterSink> parameterSinks = new();
    private readonly Stack<Taint> conditionalReceivers = new();
    private readonly Stack<ISymbol?> conditionalSymbols = new();
    // Locals of type dynamic and the static type of the object put into them (dynamic d = customer).
    private readonly Dictionary<ISymbol, ITypeSymbol> dynamicOrigins = new(SymbolEqualityComparer.Default);
    // Constant URLs (or constant scheme+host prefixes) held by locals, so sends through a local can be placed.
    private readonly Dictionary<ISymbol, string> localUrls = new(SymbolEqualityComparer.Default);
    private Dictionary<ISymbol, Taint> state = new(SymbolEqualityComparer.Default);
    // Locals and parameters bound to a lambda in this body, so invoking the delegate runs the lambda with the arguments.
    private readonly Dictionary<ISymbol, IAnonymousFunctionOperation> delegates = new(SymbolEqualityComparer.Default);
    private readonly HashSet<IAnonymousFunctionOperation> runningDelegates = new();
    private Taint returned = Taint.Empty;
    private FlowOptions? options;
    private readonly int initialBudget;
    private int budget;
    private int depth;
    private bool truncated;

    public FlowWalker(
        FlowAnalysis analysis,
        ISymbol owner,
        SyntaxTree tree,
        ImmutableStack<IMethodSymbol> callers,
        Action<SinkHit>? hits,
        CancellationToken cancellationToken)
    {
        this.analysis = analysis;
        model = analysis.Model;
        types = WellKnownTypes.Of(model.Compilation);
        budget = initialBudget = analysis.Options.For(tree).OperationBudget;
        this.owner = owner;
        this.tree = tree;
        this.callers = callers;
        this.hits = hits;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>The file's options (covering purposes, user sinks): one lookup per body, not per call.</summary>
    private FlowOptions Options => options ??= analysis.Options.For(tree);

    private bool SummaryMode => hits is null;

    /// <summary>Whether a helper's summary was cut short (depth cap, recursion or budget).</summary>
    public bool Truncated => truncated;

    /// <summary>Why the walk was cut short (for the PII0903 note), or <see langword="null"/>.</summary>
    public string? TruncationReason { get; private set; }

    /// <summary>Hit mode: walks a body with <c>[Pii]</c> parameters as sources and hands on every declared item reaching a sink.</summary>
    public void Analyze(ImmutableArray<IOperation> bodies)
    {
        FlowCounters.CountWalk();
        if (!bodies.Any(MightMatter))
        {
            return;
        }

        FlowCounters.CountPastEarlyExit();

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

        if (FlowCounters.Enabled && recorded.Values.Concat(state.Values).Any(t => !t.AllFacts.IsEmpty))
        {
            FlowCounters.CountCarried();
        }
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
                case IPropertyReferenceOperation { Property: { GetMethod: { DeclaringSyntaxReferences.IsEmpty: false } getter } computed } when
                    analysis.Relevance(cancellationToken).Names.Contains(computed.Name) && ReturnsData(getter):
                    return true;
                case IMemberReferenceOperation { Instance: null or IInstanceReferenceOperation, Member: IFieldSymbol or IPropertySymbol } own when
                    analysis.Relevance(cancellationToken).Names.Contains(own.Member.Name) && !Stored(own.Member).IsEmpty:
                    return true;
                case IDeconstructionAssignmentOperation deconstruction when HoldsDeclaredMembers(deconstruction.Value.Type):
                    return true;
                case IRecursivePatternOperation { DeconstructSymbol: not null } positional when HoldsDeclaredMembers(positional.MatchedType):
                    return true;
                case IInvocationOperation invocation when CouldCarry(invocation.TargetMethod, invocation.Arguments, invocation) || model.Sources.ForCall(invocation, out _) is not null:
                    return true;
                case IObjectCreationOperation creation when creation.Constructor is { } constructor && CouldCarry(constructor, creation.Arguments):
                    return true;
                case IConversionOperation { Type.TypeKind: TypeKind.Dynamic } toDynamic when HoldsDeclaredMembers(toDynamic.Operand.Type):
                    return true;
                case IInvalidOperation { Syntax: Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax { Name.Identifier.ValueText: var unbound } }
                    when analysis.Relevance(cancellationToken).Names.Contains(unbound):
                    // A member read that did not bind (its receiver's type did not): FlowWalker.Recovery follows it.
                    return true;
                case IInvalidOperation invalid when invalid.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax &&
                                                    invalid.ChildOperations.Any(c => MayHoldDeclaredMembers(UnderlyingType(c))):
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

    // A call could bring declared data in (a helper of this compilation that returns some, a [return: Pii] method) or
    // write out an object whose type holds it (an argument of such a type that the callee writes somewhere). For an
    // invocation the callee's summary, which the walk would ask for anyway, says which; a constructor is not asked.
    private bool CouldCarry(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, IInvocationOperation? invocation = null)
    {
        if (model.FactFor(method) is not null ||
            (!method.DeclaringSyntaxReferences.IsEmpty && analysis.Relevance(cancellationToken).Names.Contains(method.Name) && (invocation is null || ReturnsData(method))))
        {
            return true;
        }

        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.ParamArray && Unwrap(argument.Value) is IArrayCreationOperation { Initializer: { } elements })
            {
                // params object[]: the objects are the elements, not the array.
                if (elements.ElementValues.Any(e => MayHoldDeclaredMembers(UnderlyingType(e))) && WritesObject(invocation, method, argument))
                {
                    return true;
                }
            }
            else if (MayHoldDeclaredMembers(UnderlyingType(argument.Value)) && WritesObject(invocation, method, argument))
            {
                return true;
            }
        }

        return method.Name == "ToString" && HoldsDeclaredMembers(method.ContainingType);
    }

    // A helper given nothing brings declared data in only through what it returns or writes to an out or ref argument
    // (its parameter sinks need data from its caller).
    private bool ReturnsData(IMethodSymbol method) => Summary(method) is { BringsData: true };

    // Whether a call does more with an object argument (whose value carries nothing yet) than hand it on: a sink or a
    // formatting method writes its members, a delegate runs a lambda with it, and a helper's summary says whether that
    // parameter reaches a sink. Any other call PiiGuard cannot see only passes the object's value on (Invocation).
    private bool WritesObject(IInvocationOperation? invocation, IMethodSymbol method, IArgumentOperation argument)
    {
        if (invocation is null || method.MethodKind == MethodKind.DelegateInvoke || FormatsArguments(method) || CouldBeSink(invocation, method))
        {
            return true;
        }

        return Summary(method) is { } summary && (summary.BringsData || summary.ParameterSinks.Any(p => p.Ordinal == argument.Parameter?.Ordinal));
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

    // Each parameter stands for "what the caller passes" (summary and field-store modes).
    private void SeedParametersSymbolically(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            state[parameter] = Taint.Of(new PiiFact(parameter.Name, null, Purpose.None, ImmutableArray.Create(parameter.Name), parameter.Ordinal));
        }
    }

    /// <summary>Summary mode: walks a helper with each parameter standing for "what the caller passes".</summary>
    public MethodSummary Summarize(IOperation body)
    {
        var method = (IMethodSymbol)owner;
        SeedParametersSymbolically(method);
        Execute(body);
        var returnFacts = returned.AllFacts.Where(f => !f.IsSymbolic).ToImmutableArray();
        var returnParameters = truncated
            ? Enumerable.Range(0, method.Parameters.Length).ToImmutableArray() // cut short: it may hand back anything it was given
            : returned.AllFacts.Where(f => f.IsSymbolic).Select(f => f.ParameterOrdinal).Distinct().OrderBy(o => o).ToImmutableArray();
        // One entry per parameter and sink, with the first path found: paths differ through every fan-out, and keeping
        // them all would double a summary at each level of a call graph.
        var sinks = parameterSinks.GroupBy(p => (p.Ordinal, p.Sink, p.CalleeSeesMembers)).Select(g => g.First()).ToImmutableArray();
        var outs = ImmutableArray.CreateBuilder<OutParameter>();
        foreach (var parameter in method.Parameters.Where(p => p.RefKind is RefKind.Out or RefKind.Ref))
        {
            var written = Get(parameter);
            var facts = written.AllFacts.Where(f => !f.IsSymbolic).ToImmutableArray();
            var from = truncated
                ? Enumerable.Range(0, method.Parameters.Length).ToImmutableArray()
                : written.AllFacts.Where(f => f.IsSymbolic).Select(f => f.ParameterOrdinal).Distinct().OrderBy(o => o).ToImmutableArray();
            if (!facts.IsEmpty || !from.IsEmpty)
            {
                outs.Add(new OutParameter(parameter.Ordinal, facts, from));
            }
        }

        return new MethodSummary(sinks, returnFacts, returnParameters, outs.ToImmutable());
    }

}
