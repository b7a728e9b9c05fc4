using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PiiGuard.Analyzers.Diagnostics;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Analyzers.Model;

namespace PiiGuard.Analyzers.Rules;

/// <summary>
/// The findings of one walked body: hits the <see cref="CoveragePolicy"/> does not allow, gathered per (argument, rule)
/// and reported once the body is walked — so a loop's second pass, a second path to the same sink, or every member of
/// a whole object adds names to one diagnostic instead of adding diagnostics.
/// </summary>
internal sealed class FlowFindings
{
    private readonly PiiModel model;
    private readonly FlowOptions options;
    private readonly Dictionary<(int Start, int Length, string Id), Finding> findings = new();
    private readonly List<Finding> order = new();

    public FlowFindings(PiiModel model, FlowOptions options)
    {
        this.model = model;
        this.options = options;
    }

    /// <summary>Takes one hit from the engine; returns the rules it breaks (empty: covered), for the data map.</summary>
    public IReadOnlyList<(DiagnosticDescriptor Rule, PiiFact Item)> Add(SinkHit hit)
    {
        var broken = CoveragePolicy.Classify(hit, options, model);
        foreach (var (rule, item) in broken)
        {
            var key = (hit.Location.SourceSpan.Start, hit.Location.SourceSpan.Length, rule.Id);
            if (!findings.TryGetValue(key, out var finding))
            {
                findings[key] = finding = new Finding(rule, hit.Location, hit.Sink);
                order.Add(finding);
            }

            if (!finding.Facts.Any(f => f.SameItem(item)))
            {
                finding.Facts.Add(item);
            }
        }

        return broken;
    }

    /// <summary>One diagnostic per argument and rule, naming every member it carries.</summary>
    public void Report(Action<Diagnostic> report)
    {
        foreach (var finding in order)
        {
            report(finding.ToDiagnostic(model.HomeRegion));
        }

        findings.Clear();
        order.Clear();
    }

    // CreateOrderCommand.CardNumber inside a CreateOrderCommand reads as CardNumber.
    private static string MemberInContainer(PiiFact fact)
    {
        var container = fact.Container is { } c && c.IndexOf(' ') is var space && space > 0 ? c.Substring(0, space) : fact.Container;
        return container is not null && fact.Member.StartsWith(container + ".", StringComparison.Ordinal) ? fact.Member.Substring(container.Length + 1) : fact.Member;
    }

    private static string Listed(Disclosure disclosure)
    {
        var named = disclosure.DisclosedTo.AddRange(disclosure.SoldTo).AddRange(disclosure.SharedWith).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return named.Count == 0 ? "none" : string.Join(", ", named);
    }

    private static string PurposeText(Purpose purpose) => purpose == Purpose.None ? "none" : purpose.ToString();

    private sealed class Finding
    {
        public Finding(DiagnosticDescriptor rule, Location location, SinkSpec sink)
        {
            Rule = rule;
            Location = location;
            Sink = sink;
        }

        public DiagnosticDescriptor Rule { get; }

        public Location Location { get; }

        public SinkSpec Sink { get; }

        public List<PiiFact> Facts { get; } = new();

        public Diagnostic ToDiagnostic(string? homeRegion)
        {
            var first = Facts[0];
            var members = Facts.Count == 1 ? first.Member
                : NameList.Join(Facts.Select(f => Rule.Id == DiagnosticIds.LoggedAsWholeObject ? MemberInContainer(f) : f.Member).ToList());
            var categories = string.Join(", ", Facts.Select(f => f.CategoryText).Distinct());
            var path = first.PathText;
            object[] arguments = Rule.Id switch
            {
                DiagnosticIds.LoggedAsWholeObject => new object[] { members, categories, first.Container ?? string.Empty, Sink.Display, path },
                DiagnosticIds.SensitiveDataLogged => new object[] { members, categories, Sink.Display, path },
                DiagnosticIds.SentOffRegionWithoutPurpose or DiagnosticIds.SentOffRegionWithoutTransfer or DiagnosticIds.StoredOffRegionWithoutTransfer or DiagnosticIds.ProbableSentOffRegion =>
                    new object[] { members, categories, Sink.Display, Sink.Destination!.Region, homeRegion!, path },
                DiagnosticIds.RecipientNotDisclosed =>
                    new object[] { members, categories, Sink.Display, DisclosurePolicy.Describe(Sink), Listed(first.Disclosure), path },
                DiagnosticIds.RecipientPurposeNotDeclared =>
                    new object[] { members, categories, Sink.Display, DisclosurePolicy.Describe(Sink), PurposeText(Sink.Destination!.Purpose), PurposeText(first.Purpose), path },
                DiagnosticIds.SoldOrSharedContrary when DisclosurePolicy.Contrary(Sink.Destination!, first) is var (notion, declaration) =>
                    new object[] { members, categories, Sink.Display, DisclosurePolicy.Describe(Sink), PurposeText(Sink.Destination!.Purpose), notion, declaration, path },
                DiagnosticIds.SendNotPlaced => new object[] { members, categories, Sink.Display, DisclosurePolicy.Describe(Sink), path },
                DiagnosticIds.ProbableStored => new object[] { members, categories, Sink.Display, StoragePolicy.Where(Sink, homeRegion), path },
                _ => new object[] { members, categories, Sink.Display, path },
            };
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(FlowProperties.Member, first.SymbolId)
                .Add(FlowProperties.Members, string.Join(";", Facts.Select(f => f.SymbolId).Where(id => id is not null)))
                .Add(FlowProperties.Sink, Sink.Kind.ToString())
                .Add(FlowProperties.Family, Sink.Family.ToString())
                .Add(FlowProperties.Region, Sink.Destination?.Region)
                .Add(FlowProperties.Recipient, Sink.Destination?.Recipient ?? Sink.Destination?.RecipientKind)
                .Add(FlowProperties.Host, Sink.Host);
            return Diagnostic.Create(Rule, Location, properties, arguments);
        }
    }
}
