using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Sdk;

namespace PiiGuard.Tests.Infrastructure;

/// <summary>
/// Runs incremental generators with step tracking, and checks the two hygiene rules of the house style: a rerun
/// after an edit that does not matter leaves every tracked step cached, and no step output holds a
/// <see cref="Compilation"/>, <see cref="ISymbol"/> or <see cref="SyntaxNode"/>.
/// </summary>
internal static class GeneratorRunner
{
    public static GeneratorDriver CreateDriver(params IIncrementalGenerator[] generators) =>
        CSharpGeneratorDriver.Create(
            generators.Select(GeneratorExtensions.AsSourceGenerator),
            parseOptions: TestProject.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static (GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (driver, output, diagnostics);
    }

    /// <summary>Fails unless every output of every tracked step of the last run is Cached or Unchanged.</summary>
    public static void AssertAllTrackedStepsCached(GeneratorDriver driver, params string[] trackingNames)
    {
        var result = driver.GetRunResult().Results.Single();
        var problems = new List<string>();
        foreach (var name in trackingNames)
        {
            if (!result.TrackedSteps.TryGetValue(name, out var steps))
            {
                problems.Add($"step '{name}' did not run");
                continue;
            }

            foreach (var output in steps.SelectMany(step => step.Outputs))
            {
                if (output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                {
                    problems.Add($"step '{name}' output {output.Value} was {output.Reason}");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new XunitException("Not cached after a rerun:\n  " + string.Join("\n  ", problems));
        }
    }

    /// <summary>
    /// Fails if an output of the named steps (the generator's own tracking names; Roslyn's internal steps hold trees
    /// by design) holds a Compilation, ISymbol or SyntaxNode, walked recursively.
    /// </summary>
    public static void AssertNoCompilationObjectsInSteps(GeneratorDriver driver, params string[] trackingNames)
    {
        var result = driver.GetRunResult().Results.Single();
        foreach (var name in trackingNames)
        {
            if (!result.TrackedSteps.TryGetValue(name, out var steps))
            {
                throw new XunitException($"step '{name}' did not run");
            }

            foreach (var output in steps.SelectMany(step => step.Outputs))
            {
                Walk(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
            }
        }
    }

    private static void Walk(object? value, string step, HashSet<object> seen, int depth)
    {
        if (value is null || depth > 12 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        if (value is Compilation or ISymbol or SyntaxNode or SyntaxTree or SemanticModel)
        {
            throw new XunitException($"Step '{step}' holds a {value.GetType().Name}; pipeline models must be value-equatable data.");
        }

        if (!value.GetType().IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable enumerable)
        {
            foreach (var item in enumerable)
            {
                Walk(item, step, seen, depth + 1);
            }

            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), step, seen, depth + 1);
        }
    }
}
