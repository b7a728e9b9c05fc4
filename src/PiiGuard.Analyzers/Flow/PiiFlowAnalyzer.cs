using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiGuard.Analyzers.Diagnostics;
using PiiGuard.Analyzers.Model;

namespace PiiGuard.Analyzers.Flow;

/// <summary>
/// PII01xx–PII03xx: follows declared personal data through every method body and reports where it is logged,
/// serialized or sent off-region without a purpose (and transfer route) that covers it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PiiFlowAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.LoggedWithoutCoveringPurpose,
        DiagnosticDescriptors.LoggedInExceptionMessage,
        DiagnosticDescriptors.LoggedAsWholeObject,
        DiagnosticDescriptors.SensitiveDataLogged,
        DiagnosticDescriptors.SerializedWithoutPurpose,
        DiagnosticDescriptors.SentOffRegionWithoutPurpose,
        DiagnosticDescriptors.SentOffRegionWithoutTransfer);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            // A project that cannot see PiiGuard's attributes registers nothing and pays nothing.
            if (KnownTypes.TryCreate(start.Compilation) is not { } known)
            {
                return;
            }

            start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(ConfigurationKeys.HomeRegionProperty, out var homeRegion);
            var analysis = new FlowAnalysis(new PiiModel(start.Compilation, known, homeRegion), new FlowOptionsCache(start.Options.AnalyzerConfigOptionsProvider));
            start.RegisterOperationBlockAction(block => AnalyzeBlock(block, analysis));
        });
    }

    private static void AnalyzeBlock(OperationBlockAnalysisContext context, FlowAnalysis analysis)
    {
        foreach (var block in context.OperationBlocks)
        {
            var body = FlowAnalysis.BodyOf(block);
            if (body is null)
            {
                continue;
            }

            var callers = context.OwningSymbol is IMethodSymbol method
                ? ImmutableStack.Create(method.OriginalDefinition)
                : ImmutableStack<IMethodSymbol>.Empty;
            new FlowWalker(analysis, context.OwningSymbol, body.Syntax.SyntaxTree, callers, context.ReportDiagnostic, context.CancellationToken).Analyze(body);
            if (block is IConstructorBodyOperation { Initializer: { } initializer })
            {
                new FlowWalker(analysis, context.OwningSymbol, body.Syntax.SyntaxTree, callers, context.ReportDiagnostic, context.CancellationToken).Analyze(initializer);
            }
        }
    }
}
