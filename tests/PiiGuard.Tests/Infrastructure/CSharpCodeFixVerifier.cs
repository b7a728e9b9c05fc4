using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace PiiGuard.Tests.Infrastructure;

/// <summary>
/// Microsoft.CodeAnalysis.CSharp.CodeFix.Testing's <c>CSharpCodeFixTest</c> with PiiGuard's references: the
/// diagnostics marked in the sources must be reported, every fix is applied until none is left, then Fix All (document,
/// project, solution) must reach the same text. Files a test does not list among the fixed sources must come out
/// unchanged.
/// </summary>
internal static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(string id) =>
        Microsoft.CodeAnalysis.CSharp.Testing.CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(id);

    public static Task VerifyCodeFixAsync(string source, string fixedSource, string? equivalenceKey = null) =>
        VerifyCodeFixAsync(new[] { ("Test0.cs", source) }, new[] { ("Test0.cs", fixedSource) }, equivalenceKey);

    /// <param name="fixAll">The test is about Fix All: the one-at-a-time pass may need as many rounds as there are diagnostics.</param>
    public static Task VerifyCodeFixAsync((string Path, string Text)[] sources, (string Path, string Text)[] fixedSources, string? equivalenceKey = null, bool fixAll = false)
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = TestReferences.Default.Framework,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.Default.Packages);

        test.TestState.AnalyzerConfigFiles.Add(TestProject.NoDataMap);
        test.FixedState.AnalyzerConfigFiles.Add(TestProject.NoDataMap);
        foreach (var (path, text) in sources)
        {
            test.TestState.Sources.Add((TestProject.Directory + path, text));
            var listed = fixedSources.FirstOrDefault(f => f.Path == path);
            test.FixedState.Sources.Add((TestProject.Directory + path, listed.Text ?? WithoutMarkup(text)));
        }

        if (fixAll)
        {
            test.NumberOfIncrementalIterations = -sources.Length * 10;
        }

        return test.RunAsync();
    }

    private static string WithoutMarkup(string text)
    {
        TestFileMarkupParser.GetSpans(text, out var output, out ImmutableDictionary<string, ImmutableArray<Microsoft.CodeAnalysis.Text.TextSpan>> _);
        return output;
    }
}
