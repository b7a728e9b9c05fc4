using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PiiGuard.Analyzers.Diagnostics;
using Xunit.Sdk;

namespace PiiGuard.Tests.Infrastructure;

/// <summary>
/// Microsoft.CodeAnalysis.CSharp.Analyzer.Testing's <c>CSharpAnalyzerTest</c> (markup, the compile guard — compiler
/// errors in the test source fail it —, the <c>#pragma</c> suppression pass, ready-to-paste results) with PiiGuard's
/// references and the few things the package has no vocabulary for:
/// <list type="bullet">
/// <item><see cref="EditorConfig"/>, <see cref="GlobalConfig"/> and <see cref="BuildProperties"/> (MSBuild properties as
/// <c>build_property.X</c>) written as the analyzer config files a real build passes;</item>
/// <item><see cref="OnlyCheckForExceptions"/> for robustness tests: every diagnostic but AD0001 is filtered out;</item>
/// <item>suppressed diagnostics are not reported (as in a build), so a baselined diagnostic is simply absent;</item>
/// <item>a failure is an <see cref="XunitException"/> that also prints the sources annotated with the diagnostics
/// actually reported (the package prints only the list).</item>
/// </list>
/// </summary>
internal sealed class CSharpAnalyzerTest<TAnalyzer> : Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    private ImmutableArray<Diagnostic>? firstPass;

    /// <summary>Further files, as (file name, marked-up text), placed beside <c>/0/Test0.cs</c>.</summary>
    public List<(string Path, string Text)> AdditionalSources { get; } = new();

    public string? EditorConfig { get; set; }

    public string? GlobalConfig { get; set; }

    public Dictionary<string, string> BuildProperties { get; } = new(StringComparer.Ordinal);

    public List<MetadataReference> AdditionalReferences { get; } = new();

    public List<DiagnosticAnalyzer> AdditionalAnalyzers { get; } = new();

    /// <summary>Additional files (AdditionalFiles items), as (file name, text), placed beside <c>/0/Test0.cs</c>.</summary>
    public List<(string Path, string Text)> AdditionalFiles { get; } = new();

    /// <summary>Generators run before analysis, as in a real build (e.g. the [LoggerMessage] generator).</summary>
    public List<IIncrementalGenerator> SourceGenerators { get; } = new();

    /// <summary>References used instead of <see cref="TestReferences.Default"/> (e.g. a project without PiiGuard).</summary>
    public TestReferences? References { get; set; }

    /// <summary>Half-typed code tests set this: compiler errors are then allowed, analyzer exceptions still are not.</summary>
    public bool AllowCompilerErrors { get; set; }

    /// <summary>
    /// The data map the flow analyzer reports at the end of every compilation that declares something (PII0990) is
    /// filtered out, unless a test is about it.
    /// </summary>
    public bool ExpectDataMap { get; set; }

    /// <summary>Robustness tests set this: only analyzer exceptions fail the test, not which diagnostics appear.</summary>
    public bool OnlyCheckForExceptions { get; set; }

    protected override async Task RunImplAsync(CancellationToken cancellationToken)
    {
        var references = References ?? TestReferences.Default;
        ReferenceAssemblies = references.Framework;
        TestState.AdditionalReferences.AddRange(references.Packages);
        TestState.AdditionalReferences.AddRange(AdditionalReferences);
        foreach (var (path, text) in AdditionalSources)
        {
            TestState.Sources.Add((TestProject.Directory + path, text));
        }

        foreach (var (path, text) in AdditionalFiles)
        {
            TestState.AdditionalFiles.Add((TestProject.Directory + path, text));
        }

        if (EditorConfig is not null)
        {
            TestState.AnalyzerConfigFiles.Add((TestProject.Directory + ".editorconfig", "root = true\n" + EditorConfig));
        }

        if (BuildProperties.Count > 0 || GlobalConfig is not null)
        {
            var global = "is_global = true\n" +
                string.Concat(BuildProperties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"build_property.{p.Key} = {p.Value}\n")) + GlobalConfig;
            TestState.AnalyzerConfigFiles.Add((TestProject.Directory + "build.globalconfig", global));
        }

        if (AllowCompilerErrors)
        {
            CompilerDiagnostics = CompilerDiagnostics.None;
        }

        if (SourceGenerators.Count > 0)
        {
            // The tests assert what the analyzers make of generated code, not the generator's output.
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        }

        try
        {
            await base.RunImplAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is not XunitException && firstPass is { } actual)
        {
            throw new XunitException(Explain(actual) + failure.Message + "\nSources with the diagnostics actually reported:\n" + Annotate(actual), failure);
        }
    }

    // The package pins every supported ID to ReportDiagnostic.Default in the compilation options, which outranks
    // .editorconfig severities; a real build has no such entries, so only the package's non-default ones are kept.
    protected override Project ApplyCompilationOptions(Project project)
    {
        project = base.ApplyCompilationOptions(project);
        var options = project.CompilationOptions!;
        return project.WithCompilationOptions(options.WithSpecificDiagnosticOptions(
            options.SpecificDiagnosticOptions.Where(option => option.Value != ReportDiagnostic.Default)));
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => base.GetDiagnosticAnalyzers().Concat(AdditionalAnalyzers);

    protected override IEnumerable<Type> GetSourceGenerators() => SourceGenerators.Select(generator => generator.GetType());

    protected override ImmutableArray<(Project project, Diagnostic diagnostic)> FilterDiagnostics(ImmutableArray<(Project project, Diagnostic diagnostic)> diagnostics)
    {
        var kept = diagnostics
            .Where(d => !d.diagnostic.IsSuppressed)
            .Where(d => !OnlyCheckForExceptions || d.diagnostic.Id == "AD0001")
            .Where(d => ExpectDataMap || d.diagnostic.Id != DiagnosticIds.DataMap)
            .ToImmutableArray();
        firstPass ??= kept.Select(d => d.diagnostic).ToImmutableArray();
        return kept;
    }

    private static string Explain(ImmutableArray<Diagnostic> actual)
    {
        var builder = new StringBuilder();
        if (actual.Any(d => d.Id == "AD0001"))
        {
            builder.AppendLine("An analyzer threw:");
            foreach (var diagnostic in actual.Where(d => d.Id == "AD0001"))
            {
                builder.AppendLine("  " + diagnostic.GetMessage(CultureInfo.InvariantCulture));
            }
        }

        if (actual.Any(d => d.Id.StartsWith("CS", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error))
        {
            builder.AppendLine("The test source does not compile (a typo must not pass as \"no diagnostic\").");
        }

        return builder.ToString();
    }

    /// <summary>Every source, numbered, with a caret line under each diagnostic reported on it.</summary>
    internal static string Annotate(IEnumerable<Diagnostic> diagnostics)
    {
        var builder = new StringBuilder();
        var byTree = diagnostics.Where(d => d.Location.IsInSource).GroupBy(d => d.Location.SourceTree!).OrderBy(g => g.Key.FilePath, StringComparer.Ordinal);
        foreach (var group in byTree)
        {
            builder.AppendLine("// " + Path.GetFileName(group.Key.FilePath));
            foreach (var line in group.Key.GetText().Lines)
            {
                builder.AppendLine($"{line.LineNumber + 1,4}| {line}");
                foreach (var diagnostic in group.Where(d => d.Location.GetLineSpan().StartLinePosition.Line == line.LineNumber))
                {
                    var span = diagnostic.Location.GetLineSpan();
                    var start = span.StartLinePosition.Character;
                    var end = span.EndLinePosition.Line == line.LineNumber ? span.EndLinePosition.Character : line.Span.Length;
                    builder.Append("    | ").Append(' ', start).Append('^', Math.Max(1, end - start))
                        .Append(' ').Append(diagnostic.Id).Append(": ")
                        .AppendLine(diagnostic.GetMessage(CultureInfo.InvariantCulture));
                }
            }
        }

        foreach (var diagnostic in diagnostics.Where(d => !d.Location.IsInSource))
        {
            builder.AppendLine($"// (no location) {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
        }

        return builder.ToString();
    }
}

/// <summary>The package's <c>CSharpAnalyzerVerifier</c> with PiiGuard's references (the usual one-type-argument alias).</summary>
internal static class CSharpAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic() =>
        Diagnostic(new TAnalyzer().SupportedDiagnostics.Select(d => d.Id).Distinct().Single());

    /// <summary>
    /// The ID with its descriptor's default severity. Unlike the package's <c>Diagnostic(descriptor)</c> it carries no
    /// message format, so an expectation without <c>WithArguments</c> does not compare the message against the
    /// unformatted one, and <c>WithArguments</c> compares the arguments themselves.
    /// </summary>
    public static DiagnosticResult Diagnostic(string id) =>
        new(id, new TAnalyzer().SupportedDiagnostics.First(d => d.Id == id).DefaultSeverity);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer> { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}

internal static class DiagnosticResultExtensions
{
    /// <summary>
    /// Reads as what it expects: a diagnostic without a source location (PII0901 from an MSBuild property). A result
    /// with no span already means exactly that to the testing package.
    /// </summary>
    public static DiagnosticResult WithNoLocation(this DiagnosticResult result) => result;
}
