using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiGuard.Analyzers.Declarations;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Analyzers.Inventory;
using PiiGuard.Tests.Infrastructure;
using Xunit.Sdk;

namespace PiiGuard.Tests.Robustness;

/// <summary>Runs every PiiGuard analyzer and the generator over arbitrary (often broken) code and fails on any crash.</summary>
internal static class RobustnessRunner
{
    public sealed record Outcome(TimeSpan Elapsed, ImmutableArray<Diagnostic> Diagnostics, GeneratorDriverRunResult Generated);

    public static Outcome Run(IEnumerable<(string Path, string Text)> sources, string? homeRegion = "EU", CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, TestProject.ParseOptions, path: "/src/" + s.Path, cancellationToken: cancellationToken)).ToList();
        var compilation = CSharpCompilation.Create("Fuzz", trees, TestReferences.WithAspNetCore.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var exceptions = new ConcurrentQueue<string>();
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
            new PiiDeclarationAnalyzer(), new PiiConfigurationAnalyzer(), new PiiFlowAnalyzer(), new PiiGuard.Analyzers.Discovery.PiiDiscoveryAnalyzer(),
            new PiiGuard.Analyzers.Baseline.PiiBaselineSuppressor());
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new Baseline()), BuildOptions(homeRegion)),
            (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).GetAwaiter().GetResult();

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new InventoryGenerator().AsSourceGenerator() },
            parseOptions: TestProject.ParseOptions,
            optionsProvider: BuildOptions(homeRegion));
        driver = driver.RunGenerators(compilation, cancellationToken);
        var generated = driver.GetRunResult();

        var failures = exceptions.ToList();
        failures.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()));
        failures.AddRange(generated.Results.Where(r => r.Exception is not null).Select(r => "generator: " + r.Exception));
        failures.AddRange(generated.Diagnostics.Where(d => d.Id == "CS8785").Select(d => d.ToString()));
        if (failures.Count > 0)
        {
            throw new XunitException("PiiGuard crashed:\n" + string.Join("\n", failures) + "\n--- source ---\n" + string.Join("\n// ---\n", trees.Select(t => t.ToString())));
        }

        return new Outcome(watch.Elapsed, diagnostics, generated);
    }

    /// <summary>A baseline with keys of the shapes the suppressor reads, so fuzzing exercises it too.</summary>
    private sealed class Baseline : AdditionalText
    {
        public override string Path => "/src/" + PiiGuard.Analyzers.Baseline.BaselineKey.FileName;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) =>
            Microsoft.CodeAnalysis.Text.SourceText.From("# fuzz\nPII0101|A.cs|Customer.Email|0123456789abcdef\nPII0001|Models.cs||ffffffffffffffff\n|||\n");
    }

    private static TestOptionsProvider BuildOptions(string? homeRegion)
    {
        var properties = new Dictionary<string, string> { ["MSBuildProjectDirectory"] = "/src" };
        if (homeRegion is not null)
        {
            properties["PiiGuardHomeRegion"] = homeRegion;
        }

        return new TestOptionsProvider(properties);
    }
}
