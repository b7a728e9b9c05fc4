using System;
using System.Collections.Immutable;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis;
using PiiGuard.Tests.Analyzers.Flow;
using PiiGuard.Tests.Infrastructure;
using PiiGuard.Tests.Inventory;
using Xunit;
using Xunit.Abstractions;

namespace PiiGuard.Tests.Robustness;

/// <summary>
/// Mutation fuzzing: every sample source and the test models, cut, shuffled and fed malformed attribute arguments,
/// go through all analyzers and the generator. Zero crashes allowed. Deterministic seed; a longer run with
/// <c>PIIGUARD_FUZZ_VARIANTS=5000</c> (and <c>PIIGUARD_FUZZ_SEED</c> to explore other variants).
/// </summary>
public sealed class MutationFuzzTests
{
    private const int DefaultVariants = 160;
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private static readonly (string Pattern, string Replacement)[] AttributeMutations =
    {
        (@"\[Pii\(Category\.\w+", "[Pii(\"x\", 3"),
        (@"\[Pii\(Category\.\w+", "[Pii((Category)999"),
        (@"\[Pii\(Category\.\w+", "[Pii((Category)(-1)"),
        (@"Purpose = [^,\)\]]+", "Purpose = (Purpose)(-1)"),
        (@"Purpose = [^,\)\]]+", "Purpose = \"marketing\""),
        (@"LegalBasis = [^,\)\]]+", "LegalBasis = (LegalBasis)4096"),
        (@"Retention = ""[^""]*""", "Retention = null"),
        (@"Retention = ""[^""]*""", "Retention = \"six months\""),
        (@"PiiHomeRegion\(""[^""]*""\)", "PiiHomeRegion(null)"),
        (@"PiiHomeRegion\(""[^""]*""\)", "PiiHomeRegion(\"\")"),
        (@"PiiDestination\(""[^""]*""", "PiiDestination(null"),
        (@"Host = ""[^""]*""", "Host = null"),
        (@"Host = ""[^""]*""", "Host = \"\""),
        (@"TransferMechanism\.\w+", "(TransferMechanism)77"),
        (@"PiiOperation\.\w+", "(PiiOperation)0"),
        (@"DisclosedTo = new\[\] \{[^}]*\}", "DisclosedTo = null"),
        (@"PiiAccess\(""[^""]*""", "PiiAccess(null"),
    };

    private readonly ITestOutputHelper output;

    public MutationFuzzTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    public static List<(string Name, string Text)> Corpus()
    {
        var corpus = Directory.GetFiles(RepoPaths.Combine("samples"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                        !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Path.GetFileName(p), File.ReadAllText(p)))
            .ToList();
        corpus.Add(("FlowModels.cs", FlowTest.Usings + FlowTest.Models));
        corpus.Add(("InventoryModels.cs", InventoryGeneratorTests.Models));

        // Every C# source the tests feed PiiGuard: the raw string literals of the test files, markup removed.
        foreach (var file in Directory.GetFiles(RepoPaths.Combine("tests", "PiiGuard.Tests"), "*.cs", SearchOption.AllDirectories)
                     .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .OrderBy(p => p, StringComparer.Ordinal))
        {
            var literals = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot().DescendantTokens()
                .Where(t => t.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
                .Select(t => t.ValueText)
                .Where(text => text.Contains("class ", StringComparison.Ordinal) || text.Contains("[assembly:", StringComparison.Ordinal));
            var index = 0;
            foreach (var literal in literals)
            {
                var source = literal;
                try
                {
                    TestFileMarkupParser.GetSpans(literal, out source, out ImmutableArray<TextSpan> _);
                }
                catch (ArgumentException)
                {
                    // Not markup after all: fuzz it as written.
                }

                corpus.Add(($"{Path.GetFileNameWithoutExtension(file)}.{index++}.cs", FlowTest.Usings + source));
            }
        }

        return corpus;
    }

    [Fact]
    public void Corpus_HoldsTheSamplesAndTheTestSources() => Assert.True(Corpus().Count > 100, $"only {Corpus().Count} sources");

    [Fact]
    public void MutatedSources_NeverCrashAnalyzersOrGenerator()
    {
        var variants = int.TryParse(Environment.GetEnvironmentVariable("PIIGUARD_FUZZ_VARIANTS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : DefaultVariants;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("PIIGUARD_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 20261121;
        var random = new Random(seed);
        var corpus = Corpus();
        var slowest = TimeSpan.Zero;
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < variants; i++)
        {
            var (name, text) = corpus[random.Next(corpus.Count)];
            var (kind, mutated) = Mutate(text, random);
            kinds[kind] = kinds.TryGetValue(kind, out var n) ? n + 1 : 1;
            var outcome = RobustnessRunner.Run(new[] { (name, mutated) });
            Assert.True(outcome.Elapsed < HangGuard, $"variant {i} ({kind} of {name}) took {outcome.Elapsed}");
            slowest = outcome.Elapsed > slowest ? outcome.Elapsed : slowest;
        }

        output.WriteLine($"fuzz: {variants} variants (seed {seed}) over {corpus.Count} sources, 0 crashes, slowest {slowest.TotalMilliseconds:F0} ms; " +
                         string.Join(", ", kinds.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value}")));
    }

    internal static (string Kind, string Text) Mutate(string text, Random random)
    {
        var tokens = CSharpSyntaxTree.ParseText(text).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();
        if (tokens.Count == 0)
        {
            return ("none", text);
        }

        var token = tokens[random.Next(tokens.Count)];
        switch (random.Next(6))
        {
            case 0:
                return ("truncate", text.Substring(0, token.Span.Start));
            case 1:
                return ("delete-token", text.Remove(token.Span.Start, token.Span.Length));
            case 2:
                return ("duplicate-token", text.Insert(token.Span.End, " " + token.Text));
            case 3:
                return ("unbalance-brace", text.Insert(token.Span.Start, random.Next(2) == 0 ? "{ " : "} "));
            case 4:
                var count = 1 + random.Next(4);
                var result = text;
                for (var i = 0; i < count; i++)
                {
                    var span = tokens[random.Next(tokens.Count)].Span;
                    if (span.End <= result.Length)
                    {
                        result = result.Remove(span.Start, Math.Min(span.Length, result.Length - span.Start));
                    }
                }

                return ("delete-tokens", result);
            default:
                // Try the attribute mutations in a random order until one applies to this source.
                foreach (var (pattern, replacement) in AttributeMutations.OrderBy(_ => random.Next()))
                {
                    var matches = Regex.Matches(text, pattern);
                    if (matches.Count > 0)
                    {
                        var match = matches[random.Next(matches.Count)];
                        return ("attribute", string.Concat(text.AsSpan(0, match.Index), replacement, text.AsSpan(match.Index + match.Length)));
                    }
                }

                return ("attribute-none", text);
        }
    }
}
