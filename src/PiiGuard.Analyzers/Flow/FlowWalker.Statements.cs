using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiGuard.Analyzers.Model;
using PiiGuard.Analyzers.Sinks;

namespace PiiGuard.Analyzers.Flow;

/// <summary>Statements: blocks, branches, loops, switch/try merges, and the operation budget.</summary>
internal sealed partial class FlowWalker
{
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
                var backEdgeTarget = BackEdgeTarget(block);
                Dictionary<ISymbol, Taint>? atLabel = null;
                for (var i = 0; i < block.Operations.Length; i++)
                {
                    if (i == backEdgeTarget)
                    {
                        atLabel = Snapshot();
                    }

                    Execute(block.Operations[i]);
                }

                if (atLabel is not null)
                {
                    // goto back to a label: what reached the goto reaches the label too; walk from the label once more.
                    var firstPass = Snapshot();
                    state = Merge(atLabel, firstPass);
                    for (var i = backEdgeTarget; i < block.Operations.Length; i++)
                    {
                        Execute(block.Operations[i]);
                    }

                    state = Merge(firstPass, state);
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
                    Eval(@catch.Filter);
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
                Isolated(() => ExecuteWithDeclaredParameters(localFunction.Symbol, localFunction.Body));
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

    /// <summary>The index of the first labelled statement of a block that a later <c>goto</c> jumps back to, or -1.</summary>
    private static int BackEdgeTarget(IBlockOperation block)
    {
        var operations = block.Operations;
        for (var i = 0; i < operations.Length; i++)
        {
            if (operations[i] is not ILabeledOperation { Label: var label })
            {
                continue;
            }

            for (var j = i; j < operations.Length; j++)
            {
                foreach (var node in operations[j].DescendantsAndSelf())
                {
                    if (node is IBranchOperation { BranchKind: BranchKind.GoTo } jump && SymbolEqualityComparer.Default.Equals(jump.Target, label))
                    {
                        return i;
                    }
                }
            }
        }

        return -1;
    }

    /// <summary>A lambda or local function walked where it is written: its <c>[Pii]</c> parameters are sources.</summary>
    private void ExecuteWithDeclaredParameters(IMethodSymbol function, IOperation? body)
    {
        foreach (var parameter in function.Parameters)
        {
            if (model.FactFor(parameter) is { } fact)
            {
                state[parameter] = Taint.Of(fact);
            }
        }

        Execute(body);
    }

    private void Declare(IVariableDeclarationOperation declaration)
    {
        foreach (var declarator in declaration.Declarators)
        {
            var initializer = declarator.Initializer ?? declaration.Initializer;
            var value = initializer is null ? Taint.Empty : Eval(initializer.Value);
            Set(declarator.Symbol, value, "local");
            if (initializer is not null)
            {
                RecoverLocalType(declarator.Symbol, initializer.Value);
            }

            if (initializer is not null && Lambda(initializer.Value) is { } bound)
            {
                delegates[declarator.Symbol] = bound;
            }

            if (initializer is not null && declarator.Symbol.Type.TypeKind == TypeKind.Dynamic && StaticTypeBeforeDynamic(initializer.Value) is { } origin)
            {
                dynamicOrigins[declarator.Symbol] = origin;
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
            ? initialBudget.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " operations"
            : "nesting deeper than it follows";
        return false;
    }
}
