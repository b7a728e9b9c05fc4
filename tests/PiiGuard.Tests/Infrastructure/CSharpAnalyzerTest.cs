using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Sdk;

namespace PiiGuard.Tests.Infrastructure;

/// <summary>
/// Runs an analyzer over marked-up sources and compares its diagnostics with the expected ones — the small
/// equivalent of Microsoft.CodeAnalysis.CSharp.Analyzer.Testing's <c>CSharpAnalyzerTest</c>. Fails on any
/// unexpected diagnostic, on compiler errors in the test source (so a typo cannot pass as "no diagnostic") and on
/// any analyzer exception, printing the source annotated with what was actually reported.
/// </summary>
internal sealed class CSharpAnalyzerTest<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public string TestCode { get; set; } = string.Empty;

    /// <summary>Further files, as (file name, marked-up text).</summary>
    public List<(string Path, string Text)> AdditionalSources { get; } = new();

    public List<DiagnosticResult> ExpectedDiagnostics { get; } = new();

    public string? EditorConfig { get; set; }

    public string? GlobalConfig { get; set; }

    public Dictionary<string, string> BuildProperties { get; } = new(StringComparer.Ordinal);

    public List<MetadataReference> AdditionalReferences { get; } = new();

    public List<DiagnosticAnalyzer> AdditionalAnalyzers { get; } = new();

    public List<(string Path, string Text)> AdditionalFiles { get; } = new();

    /// <summary>Generators run before analysis, as in a real build (e.g. the [LoggerMessage] generator).</summary>
    public List<IIncrementalGenerator> SourceGenerators { get; } = new();

    /// <summary>References used instead of <see cref="TestReferences.Default"/> (e.g. a project without PiiGuard).</summary>
    public ImmutableArray<MetadataReference>? References { get; set; }

    /// <summary>Half-typed code tests set this: compiler errors are then allowed, analyzer exceptions still are not.</summary>
    public bool AllowCompilerErrors { get; set; }

    /// <summary>Robustness tests set this: only analyzer exceptions fail the test, not which diagnostics appear.</summary>
    public bool OnlyCheckForExceptions { get; set; }

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var analyzer = new TAnalyzer();
        var sources = new List<(string Path, string Text, IReadOnlyList<MarkedSpan> Spans)>();
        var (testSource, testSpans) = TestMarkup.Parse(TestCode);
        sources.Add(("Test0.cs", testSource, testSpans));
        foreach (var (path, text) in AdditionalSources)
        {
            var (source, spans) = TestMarkup.Parse(text);
            sources.Add((path, source, spans));
        }

        var project = new TestProject { EditorConfig = EditorConfig, GlobalConfig = GlobalConfig };
        project.Sources.AddRange(sources.Select(s => (s.Path, s.Text)));
        project.AdditionalReferences.AddRange(AdditionalReferences);
        project.AdditionalFiles.AddRange(AdditionalFiles);
        if (References is { } references)
        {
            project.References = references;
        }

        foreach (var pair in BuildProperties)
        {
            project.BuildProperties[pair.Key] = pair.Value;
        }

        var built = project.Build();
        var compilation = (await built.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        if (SourceGenerators.Count > 0)
        {
            var (_, generated, generatorDiagnostics) = GeneratorRunner.Run(GeneratorRunner.CreateDriver(SourceGenerators.ToArray()), compilation);
            if (generatorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                throw new XunitException("A generator failed:\n" + string.Join("\n", generatorDiagnostics));
            }

            compilation = generated;
        }
        if (!AllowCompilerErrors)
        {
            var errors = compilation.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                throw new XunitException("The test source does not compile:\n" + Annotate(sources, errors));
            }
        }

        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(analyzer).AddRange(AdditionalAnalyzers);
        var exceptions = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            built.AnalyzerOptions,
            (exception, failed, diagnostic) => exceptions.Enqueue($"{failed.GetType().Name}: {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var actual = (await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false))
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

        if (!exceptions.IsEmpty || actual.Any(d => d.Id == "AD0001"))
        {
            throw new XunitException("An analyzer threw:\n" + string.Join("\n", exceptions) + "\n" +
                string.Join("\n", actual.Where(d => d.Id == "AD0001")));
        }

        if (OnlyCheckForExceptions)
        {
            return;
        }

        var expected = ResolveExpected(analyzer, sources);
        var unmatched = actual.ToList();
        var missing = new List<DiagnosticResult>();
        foreach (var result in expected)
        {
            var match = unmatched.FirstOrDefault(d => Matches(result, d));
            if (match is null)
            {
                missing.Add(result);
            }
            else
            {
                unmatched.Remove(match);
            }
        }

        if (missing.Count > 0 || unmatched.Count > 0)
        {
            var message = new StringBuilder();
            message.AppendLine($"Expected {expected.Count} diagnostic(s), got {actual.Count}.");
            foreach (var m in missing)
            {
                message.AppendLine("  missing:    " + m);
            }

            foreach (var u in unmatched)
            {
                message.AppendLine("  unexpected: " + Format(u) + "  // " + u.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            }

            message.AppendLine("Actual diagnostics, ready to paste:");
            foreach (var a in actual)
            {
                message.AppendLine("  " + Format(a) + ",");
            }

            message.AppendLine("Source with actual diagnostics:");
            message.Append(Annotate(sources, actual));
            throw new XunitException(message.ToString());
        }
    }

    private List<DiagnosticResult> ResolveExpected(DiagnosticAnalyzer analyzer, List<(string Path, string Text, IReadOnlyList<MarkedSpan> Spans)> sources)
    {
        var keyed = new Dictionary<int, (string Path, LinePositionSpan Span)>();
        var results = new List<DiagnosticResult>();
        foreach (var (path, text, spans) in sources)
        {
            var sourceText = SourceText.From(text);
            foreach (var span in spans)
            {
                var lineSpan = sourceText.Lines.GetLinePositionSpan(span.Span);
                if (span.LocationKey is { } key)
                {
                    keyed[key] = (path, lineSpan);
                }
                else
                {
                    var id = span.Id ?? SingleId(analyzer);
                    results.Add(new DiagnosticResult(id) { Path = path, Span = lineSpan });
                }
            }
        }

        foreach (var result in ExpectedDiagnostics)
        {
            if (result.LocationKey is { } key)
            {
                if (!keyed.TryGetValue(key, out var location))
                {
                    throw new XunitException($"No {{|#{key}:…|}} marker for {result}.");
                }

                results.Add(result with { Path = location.Path, Span = location.Span });
            }
            else
            {
                results.Add(result.Path is null && result.Span is not null ? result with { Path = "Test0.cs" } : result);
            }
        }

        return results;
    }

    private static string SingleId(DiagnosticAnalyzer analyzer)
    {
        var ids = analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct().ToList();
        return ids.Count == 1
            ? ids[0]
            : throw new XunitException($"[|…|] is ambiguous: {analyzer.GetType().Name} reports {string.Join(", ", ids)}; use {{|ID:…|}}.");
    }

    private static bool Matches(DiagnosticResult expected, Diagnostic actual)
    {
        if (expected.Id != actual.Id)
        {
            return false;
        }

        if (expected.Severity is { } severity && severity != actual.Severity)
        {
            return false;
        }

        if (expected.Span is { } span)
        {
            if (expected.Path == string.Empty)
            {
                if (actual.Location != Location.None)
                {
                    return false;
                }
            }
            else
            {
                var lineSpan = actual.Location.GetLineSpan();
                if (!actual.Location.IsInSource || lineSpan.Span != span ||
                    !string.Equals(System.IO.Path.GetFileName(lineSpan.Path), expected.Path, StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        if (expected.Message is { } message &&
            !string.Equals(message, actual.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            return false;
        }

        if (!expected.Arguments.IsDefault)
        {
            var arguments = DiagnosticArguments(actual);
            if (!arguments.SequenceEqual(expected.Arguments, StringComparer.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // Roslyn keeps the format arguments internally; reading them keeps WithArguments exact, as in the Testing library.
    internal static ImmutableArray<string> DiagnosticArguments(Diagnostic diagnostic)
    {
        var property = diagnostic.GetType().GetProperty("Arguments", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic);
        return property?.GetValue(diagnostic) is IReadOnlyList<object?> arguments
            ? arguments.Select(a => System.Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).ToImmutableArray()
            : ImmutableArray<string>.Empty;
    }

    private static string Format(Diagnostic diagnostic)
    {
        var result = new DiagnosticResult(diagnostic.Id);
        if (diagnostic.Location.IsInSource)
        {
            var span = diagnostic.Location.GetLineSpan();
            var file = System.IO.Path.GetFileName(span.Path);
            result = file == "Test0.cs"
                ? result.WithSpan(span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1)
                : result.WithSpan(file, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1);
        }

        return result.WithArguments(DiagnosticArguments(diagnostic).Cast<object>().ToArray()).ToString();
    }

    internal static string Annotate(IEnumerable<(string Path, string Text, IReadOnlyList<MarkedSpan> Spans)> sources, IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var builder = new StringBuilder();
        foreach (var (path, text, _) in sources)
        {
            builder.AppendLine("// ---- " + path);
            var lines = SourceText.From(text).Lines;
            foreach (var line in lines)
            {
                builder.AppendLine($"{line.LineNumber + 1,4}| {line}");
                foreach (var diagnostic in diagnostics)
                {
                    var lineSpan = diagnostic.Location.GetLineSpan();
                    if (!diagnostic.Location.IsInSource || System.IO.Path.GetFileName(lineSpan.Path) != path ||
                        lineSpan.StartLinePosition.Line != line.LineNumber)
                    {
                        continue;
                    }

                    var start = lineSpan.StartLinePosition.Character;
                    var end = lineSpan.EndLinePosition.Line == line.LineNumber ? lineSpan.EndLinePosition.Character : line.Span.Length;
                    builder.Append("    | ").Append(' ', start).Append('^', Math.Max(1, end - start))
                        .Append(' ').Append(diagnostic.Id).Append(": ")
                        .AppendLine(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        foreach (var diagnostic in diagnostics.Where(d => !d.Location.IsInSource))
        {
            builder.AppendLine($"// (no location) {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        return builder.ToString();
    }
}

/// <summary>Static entry points with the names of Microsoft.CodeAnalysis.Testing's verifiers.</summary>
internal static class CSharpAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => new(id);

    public static DiagnosticResult Diagnostic()
    {
        var ids = new TAnalyzer().SupportedDiagnostics.Select(d => d.Id).Distinct().ToList();
        return ids.Count == 1 ? new DiagnosticResult(ids[0]) : throw new InvalidOperationException("The analyzer reports several IDs; name one.");
    }

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer> { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
