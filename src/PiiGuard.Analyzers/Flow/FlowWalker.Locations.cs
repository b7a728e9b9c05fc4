using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiGuard.Analyzers.Model;
using PiiGuard.Analyzers.Sinks;

namespace PiiGuard.Analyzers.Flow;

/// <summary>Locations: the narrowest sub-expression that carries an item, so a diagnostic underlines the data, not the call.</summary>
internal sealed partial class FlowWalker
{
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
}
