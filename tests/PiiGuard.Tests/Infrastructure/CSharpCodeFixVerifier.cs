using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Sdk;

namespace PiiGuard.Tests.Infrastructure;

/// <summary>
/// Applies a code fix through an <see cref="AdhocWorkspace"/> until no diagnostic it fixes is left, then compares every
/// document with the expected text — the vocabulary of Microsoft.CodeAnalysis.Testing's <c>CSharpCodeFixVerifier</c>.
/// </summary>
internal static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task VerifyCodeFixAsync(string source, string fixedSource, string? equivalenceKey = null) =>
        VerifyCodeFixAsync(new[] { ("Test0.cs", source) }, new[] { ("Test0.cs", fixedSource) }, equivalenceKey);

    public static async Task VerifyCodeFixAsync((string Path, string Text)[] sources, (string Path, string Text)[] fixedSources, string? equivalenceKey = null, bool fixAll = false)
    {
        var project = new TestProject();
        project.Sources.AddRange(sources.Select(s => (s.Path, TestMarkup.Parse(s.Text).Source)));
        var solution = project.Build().Solution;
        var projectId = solution.ProjectIds.Single();
        var fix = new TCodeFix();

        for (var iteration = 0; iteration < 20; iteration++)
        {
            var diagnostics = await FixableDiagnosticsAsync(solution.GetProject(projectId)!, fix);
            if (diagnostics.IsEmpty)
            {
                break;
            }

            var diagnostic = diagnostics[0];
            var document = solution.GetDocument(diagnostic.Location.SourceTree)!;
            CodeAction? chosen = null;
            var actions = new List<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
            await fix.RegisterCodeFixesAsync(context);
            chosen = actions.FirstOrDefault(a => equivalenceKey is null || a.EquivalenceKey == equivalenceKey);
            if (chosen is null)
            {
                throw new XunitException($"No code fix{(equivalenceKey is null ? string.Empty : " '" + equivalenceKey + "'")} for {diagnostic}; offered: {string.Join(", ", actions.Select(a => a.EquivalenceKey))}");
            }

            if (fixAll)
            {
                var provider = fix.GetFixAllProvider()!;
                var fixAllContext = new FixAllContext(document, fix, FixAllScope.Solution, chosen.EquivalenceKey!, fix.FixableDiagnosticIds, new DiagnosticProvider(fix), CancellationToken.None);
                chosen = await provider.GetFixAsync(fixAllContext) ?? throw new XunitException("Fix All produced nothing.");
            }

            foreach (var operation in await chosen.GetOperationsAsync(CancellationToken.None))
            {
                if (operation is ApplyChangesOperation apply)
                {
                    solution = apply.ChangedSolution;
                }
            }

            if (fixAll)
            {
                break;
            }
        }

        foreach (var (path, expected) in fixedSources)
        {
            var document = solution.GetProject(projectId)!.Documents.Single(d => d.Name == path);
            var actual = (await document.GetTextAsync()).ToString();
            if (!string.Equals(Normalize(expected), Normalize(actual), StringComparison.Ordinal))
            {
                throw new XunitException($"{path} after the fix:\n----- expected\n{expected}\n----- actual\n{actual}");
            }
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();

    private static async Task<ImmutableArray<Diagnostic>> FixableDiagnosticsAsync(Project project, CodeFixProvider fix)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var all = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TAnalyzer()), project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
        return all.Where(d => fix.FixableDiagnosticIds.Contains(d.Id))
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
    }

    private sealed class DiagnosticProvider : FixAllContext.DiagnosticProvider
    {
        private readonly CodeFixProvider fix;

        public DiagnosticProvider(CodeFixProvider fix) => this.fix = fix;

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return (await FixableDiagnosticsAsync(document.Project, fix)).Where(d => d.Location.SourceTree == tree);
        }

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            await FixableDiagnosticsAsync(project, fix);

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            await FixableDiagnosticsAsync(project, fix);
    }
}
