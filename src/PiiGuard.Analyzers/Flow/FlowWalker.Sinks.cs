using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiGuard.Analyzers.Model;
using PiiGuard.Analyzers.Sinks;

namespace PiiGuard.Analyzers.Flow;

/// <summary>Sinks: matching a call against the catalogue, user sinks and destinations, and recording what reaches it.</summary>
internal sealed partial class FlowWalker
{
    private SinkSpec? CheckSinks(IInvocationOperation invocation, IMethodSymbol method, Dictionary<IArgumentOperation, Taint> values)
    {
        if (CatalogueEntry(invocation, method) is { } entry)
        {
            return CatalogueSink(invocation, method, entry, Display(method), values);
        }

        return OtherSinks(invocation, method, values);
    }

    private SinkSpec? OtherSinks(IInvocationOperation invocation, IMethodSymbol method, Dictionary<IArgumentOperation, Taint> values)
    {
        if (LoggerMessageOf(method) is { } attribute)
        {
            var template = AttributeArguments.String(AttributeArguments.Named(attribute, "Message")) ??
                attribute.ConstructorArguments.Select(c => c.Value as string).LastOrDefault(s => s is not null);
            var holes = MessageTemplate.Holes(template);
            var spec = new SinkSpec(SinkKind.Log, Display(method) + " [LoggerMessage]", false, null, ObjectView.Rendered, SerializerFamily.None);
            foreach (var pair in values)
            {
                if (!IsPlumbing(pair.Key.Parameter))
                {
                    var destructure = holes.Any(h => h.Destructure && string.Equals(h.Name, pair.Key.Parameter?.Name, StringComparison.OrdinalIgnoreCase));
                    Sink(destructure ? spec with { View = ObjectView.Destructure } : spec, pair.Key, pair.Value);
                }
            }

            return spec;
        }

        if (method.MethodKind == MethodKind.DelegateInvoke && method.ContainingType is { IsGenericType: true } delegateType &&
            delegateType.TypeArguments.Length > 0 && SymbolEqualityComparer.Default.Equals(delegateType.TypeArguments[0], model.MelLogger))
        {
            var spec = new SinkSpec(SinkKind.Log, "LoggerMessage.Define delegate", false, null, ObjectView.Rendered, SerializerFamily.None);
            SinkAllData(spec, values);
            return spec;
        }

        if ((model.UserSinkKind(method) ?? ConfiguredSinkKind(method)) is { } userKind)
        {
            var spec = userKind == SinkKind.Serialize
                ? new SinkSpec(SinkKind.Serialize, Display(method), false, null, ObjectView.Serialized, SerializerFamily.None)
                : new SinkSpec(SinkKind.Log, Display(method), false, null, ObjectView.Rendered, SerializerFamily.None);
            SinkAllData(spec, values);
            return spec;
        }

        if (model.DestinationOf(method) is { } destination)
        {
            // A channel whose body is in this compilation says what it sends: its summary places those parameters
            // precisely. Parameters whose fate it cannot show (an SDK call, an interface) are sent whole.
            var summary = Summary(method);
            var shown = summary?.ParameterSinks.Where(p => p.Sink.Kind == SinkKind.Send).Select(p => p.Ordinal).ToImmutableHashSet() ?? ImmutableHashSet<int>.Empty;
            var spec = new SinkSpec(SinkKind.Send, Recipient(Display(method), destination), false, destination, ObjectView.Serialized, SerializerFamily.None);
            SinkAllData(spec, values, skipOrdinals: shown);
            if (summary is not null)
            {
                ApplySummary(invocation, method, summary, values);
            }

            return spec;
        }

        return null;
    }

    /// <summary>Whether <see cref="CheckSinks"/> could take the call for a sink (the early exit's question; no state is touched).</summary>
    private bool CouldBeSink(IInvocationOperation invocation, IMethodSymbol method) =>
        CatalogueEntry(invocation, method) is not null ||
        LoggerMessageOf(method) is not null ||
        (model.UserSinkKind(method) ?? ConfiguredSinkKind(method)) is not null ||
        model.DestinationOf(method) is not null;

    private AttributeData? LoggerMessageOf(IMethodSymbol method) =>
        model.LoggerMessageAttribute is { } loggerMessage
            ? (method.PartialDefinitionPart ?? method).GetAttributes().FirstOrDefault(a => KnownTypes.Is(a.AttributeClass, loggerMessage))
            : null;

    private SinkKind? ConfiguredSinkKind(IMethodSymbol method)
    {
        var options = Options;
        if (options.AdditionalLogSinks.IsEmpty && options.AdditionalSerializeSinks.IsEmpty)
        {
            return null;
        }

        var name = $"{method.ContainingType?.ToDisplayString()}.{method.Name}";
        return options.AdditionalLogSinks.Contains(name) ? SinkKind.Log
            : options.AdditionalSerializeSinks.Contains(name) ? SinkKind.Serialize
            : null;
    }

    private SinkEntry? CatalogueEntry(IInvocationOperation invocation, IMethodSymbol method) => CatalogueEntry(invocation.Instance, method);

    private SinkEntry? CatalogueEntry(IOperation? instance, IMethodSymbol method)
    {
        // The receiver's class first: a StreamWriter's WriteLine inherited from TextWriter is the StreamWriter's write.
        var declaring = method.ContainingType?.OriginalDefinition;
        var start = instance is not null && Unwrap(instance).Type is INamedTypeSymbol { TypeKind: TypeKind.Class } receiver &&
            !SymbolEqualityComparer.Default.Equals(receiver.OriginalDefinition, declaring) && PiiModel.InheritsFrom(receiver.BaseType, declaring)
                ? receiver.OriginalDefinition
                : declaring;
        for (var type = start; type is not null; type = type.BaseType?.OriginalDefinition)
        {
            if (!model.Sinks.TryGetValue(type, out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                if ((entry.Methods.IsEmpty || entry.Methods.Contains(method.Name)) &&
                    (!entry.ConsoleWriterOnly || IsConsoleWriter(instance)))
                {
                    return entry;
                }
            }
        }

        return null;
    }

    private bool IsConsoleWriter(IOperation? instance) =>
        instance is not null && Unwrap(instance) is IPropertyReferenceOperation { Property: var property } &&
        ApiCatalog.ConsoleWriters.Contains(property.Name) && types.Is(property.ContainingType, ApiCatalog.ConsoleType);

    private SinkSpec CatalogueSink(IInvocationOperation invocation, IMethodSymbol method, SinkEntry entry, string display, Dictionary<IArgumentOperation, Taint> values)
    {
        // A send no [PiiDestination] places still carries the data: it is a hit without a destination (PII0404, a
        // "destination unknown" row in the map), with the request's host when the URL is a constant. An SDK preset's
        // region comes from [assembly: PiiDestination(region, Recipient = …)]; a store's from [PiiStorage].
        var (sent, host) = entry.Kind == SinkKind.Send ? SendDestination(invocation, entry) : (null, null);
        var destination = entry.Kind switch
        {
            SinkKind.Send => PresetDestination(entry, sent),
            SinkKind.Store => StoreDestination(invocation),
            _ => null,
        };
        var shown = destination ?? (entry.Preset is { } preset ? new Destination(string.Empty, preset.Recipient) : null);
        var baseSpec = new SinkSpec(entry.Kind, shown is null ? display : Recipient(display, shown), false, destination, entry.Kind == SinkKind.Log ? ObjectView.Rendered : null, entry.Family, host);

        var ordered = invocation.Arguments.Where(a => a.Parameter is not null).OrderBy(a => a.Parameter!.Ordinal).ToList();
        var templateArgument = entry.TemplateParameter is null ? null : ordered.FirstOrDefault(a => a.Parameter!.Name == entry.TemplateParameter);
        var holes = templateArgument is not null && Unwrap(templateArgument.Value).ConstantValue is { HasValue: true, Value: string template }
            ? MessageTemplate.Holes(template)
            : ImmutableArray<MessageTemplate.Hole>.Empty;
        var position = 0;
        foreach (var argument in ordered)
        {
            var parameter = argument.Parameter!;
            if (IsPlumbing(parameter) || (!entry.DataParameters.IsDefault && !entry.DataParameters.Contains(parameter.Name)))
            {
                continue;
            }

            var wholeObject = !entry.WholeObjectParameters.IsDefault && entry.WholeObjectParameters.Contains(parameter.Name);
            var spec = wholeObject ? baseSpec with { View = ObjectView.Serialized } : baseSpec;
            var afterTemplate = templateArgument is not null && parameter.Ordinal > templateArgument.Parameter!.Ordinal;
            if (argument.ArgumentKind == ArgumentKind.ParamArray && Unwrap(argument.Value) is IArrayCreationOperation { Initializer: { } elements })
            {
                foreach (var element in elements.ElementValues)
                {
                    Sink(HoleSpec(spec, holes, afterTemplate ? position++ : -1), element, recorded.TryGetValue(element, out var t) ? t : Taint.Empty);
                }

                continue;
            }

            // PostAsync(url, JsonContent.Create(customer)): the content is the object, serialized.
            if (entry.Kind == SinkKind.Send && Unwrap(argument.Value) is IInvocationOperation { TargetMethod: var factory } content &&
                factory.Name == ApiCatalog.JsonContentFactory && types.Is(factory.ContainingType, ApiCatalog.JsonContentType) &&
                content.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0) is { } serialized)
            {
                Sink(spec with { View = ObjectView.Serialized, Family = SerializerFamily.SystemTextJson }, serialized, recorded.TryGetValue(serialized, out var inner) ? inner : Taint.Empty);
                continue;
            }

            if (values.TryGetValue(argument, out var value))
            {
                var isTemplate = ReferenceEquals(argument, templateArgument);
                Sink(HoleSpec(spec, holes, afterTemplate && !isTemplate ? position++ : -1), argument, value);
            }
        }

        return baseSpec;
    }

    /// <summary>
    /// A call that does not bind because an argument's type is unknown (<c>logger.LogInformation("{R} {@C}", result, c)</c>
    /// where <c>result</c> comes from a package the compilation cannot see): when every overload the compiler considered
    /// is the same logging or serializing sink, the call is that sink. Its parts are the receiver and the arguments in
    /// source order; the first constant string is the template, and the parts after it fill its holes.
    /// </summary>
    private void UnboundCallSink(IInvalidOperation invalid, List<(IOperation Part, Taint Value)> parts)
    {
        if (parts.Count == 0 || invalid.Syntax is not Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax syntax || invalid.SemanticModel is not { } semanticModel)
        {
            return;
        }

        var candidates = semanticModel.GetSymbolInfo(syntax, cancellationToken).CandidateSymbols;
        SinkEntry? entry = null;
        IMethodSymbol? first = null;
        foreach (var candidate in candidates)
        {
            if (candidate is not IMethodSymbol method || CatalogueEntry((IOperation?)null, method) is not { Kind: SinkKind.Log or SinkKind.Serialize, ConsoleWriterOnly: false } found ||
                (entry is not null && found != entry))
            {
                return;
            }

            entry = found;
            first ??= method;
        }

        if (entry is null || first is null)
        {
            return;
        }

        var spec = new SinkSpec(entry.Kind, Display(first.ReducedFrom ?? first), false, null, entry.Kind == SinkKind.Log ? ObjectView.Rendered : ObjectView.Serialized, entry.Family);
        var templateIndex = parts.FindIndex(p => p.Part.Type?.SpecialType == SpecialType.System_String && p.Part.ConstantValue is { HasValue: true, Value: string });
        var holes = entry.Kind == SinkKind.Log && templateIndex >= 0
            ? MessageTemplate.Holes((string)parts[templateIndex].Part.ConstantValue.Value!)
            : ImmutableArray<MessageTemplate.Hole>.Empty;
        for (var i = 0; i < parts.Count; i++)
        {
            var (part, value) = parts[i];
            if (i == templateIndex || (part.Type is { TypeKind: not TypeKind.Error } type && model.IsPlumbing(type)))
            {
                continue;
            }

            Sink(HoleSpec(spec, holes, templateIndex >= 0 && i > templateIndex ? i - templateIndex - 1 : -1), part, value);
        }
    }

    private static SinkSpec HoleSpec(SinkSpec spec, ImmutableArray<MessageTemplate.Hole> holes, int position) =>
        position >= 0 && position < holes.Length && holes[position].Destructure && spec.Kind == SinkKind.Log
            ? spec with { View = ObjectView.Destructure }
            : spec;

    private void SinkAllData(SinkSpec spec, Dictionary<IArgumentOperation, Taint> values, ImmutableHashSet<int>? skipOrdinals = null)
    {
        foreach (var pair in values.OrderBy(p => p.Key.Parameter?.Ordinal ?? 0))
        {
            if (pair.Key.Parameter is null || IsPlumbing(pair.Key.Parameter) || skipOrdinals?.Contains(pair.Key.Parameter.Ordinal) == true)
            {
                continue;
            }

            if (pair.Key.ArgumentKind == ArgumentKind.ParamArray && Unwrap(pair.Key.Value) is IArrayCreationOperation { Initializer: { } elements })
            {
                foreach (var element in elements.ElementValues)
                {
                    Sink(spec, element, recorded.TryGetValue(element, out var t) ? t : Taint.Empty);
                }

                continue;
            }

            Sink(spec, pair.Key, pair.Value);
        }
    }

    private bool IsPlumbing(IParameterSymbol? parameter) => parameter is null || model.IsPlumbing(parameter.Type);

    /// <summary>One argument reaching one sink: hand on the declared items it carries, or record it in a summary.</summary>
    private void Sink(SinkSpec spec, IOperation argument, Taint value, string? viaStep = null, bool includeObjects = true)
    {
        if (spec.View is { } ownView && includeObjects)
        {
            // {@Self} of an object whose members this walk assigned (Label = a): those values are written too.
            value = WithOwnObject(value, argument, ownView, spec.Family);
        }

        var type = UnderlyingType(argument);
        var facts = new List<PiiFact>();
        foreach (var fact in value.AllFacts)
        {
            facts.Add(fact.WithStep(spec.Display));
        }

        string? container = null;
        if (spec.View is { } view && type is not null && includeObjects)
        {
            var objectType = view == ObjectView.Rendered && model.ElementType(type) is { } element ? element : type;
            var objectFacts = model.ObjectFacts(objectType, view, spec.Family);
            // What may really be written: a T stands for the holder types that satisfy its constraints; a base type or
            // interface for the holders deriving from it (loggers and ToString print the run-time type; System.Text.Json
            // writes a base type's own members only).
            var runtime = view != ObjectView.Serialized || spec.Family != SerializerFamily.SystemTextJson || objectType.TypeKind == TypeKind.TypeParameter
                ? model.RuntimeHolders(objectType)
                : ImmutableArray<INamedTypeSymbol>.Empty;
            if (!runtime.IsEmpty)
            {
                objectFacts = objectFacts.AddRange(runtime.SelectMany(h => model.ObjectFacts(h, view, spec.Family)));
            }

            container = objectFacts.IsEmpty ? null : runtime.IsEmpty ? objectType.Name : $"{objectType.Name} (as {NameList.Join(runtime.Select(h => h.Name).ToList())})";
            foreach (var fact in objectFacts)
            {
                if (value.Cleared.Contains(ShortName(fact.Member)) || facts.Any(f => f.SameItem(fact)))
                {
                    continue;
                }

                var path = ImmutableArray.Create(fact.Member, objectType.Name);
                if (viaStep is not null)
                {
                    path = path.Add(viaStep);
                }

                facts.Add(new PiiFact(fact.Member, fact.Category, fact.Purpose, path.Add(spec.Display), container: container, symbolId: fact.SymbolId, disclosure: fact.Disclosure, inferred: fact.Inferred));
            }
        }

        if (SummaryMode)
        {
            foreach (var ordinal in value.AllFacts.Where(f => f.IsSymbolic).Select(f => f.ParameterOrdinal).Distinct())
            {
                var path = value.AllFacts.First(f => f.ParameterOrdinal == ordinal).Path;
                parameterSinks.Add(new ParameterSink(ordinal, spec, path, CalleeSeesMembers(ordinal, spec)));
            }

            // A whole object passed on from a parameter: the caller's argument type decides what it carries.
            if (spec.View is not null && Unwrap(argument) is IParameterReferenceOperation { Parameter: var parameter } &&
                SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, owner) &&
                !parameterSinks.Any(p => p.Ordinal == parameter.Ordinal && p.Sink == spec))
            {
                parameterSinks.Add(new ParameterSink(parameter.Ordinal, spec, ImmutableArray.Create(parameter.Name), CalleeSeesMembers(parameter.Ordinal, spec)));
            }

            return;
        }

        // Hit mode: every declared item reaching the sink, covered or not; the rules layer decides what is a finding.
        foreach (var fact in facts)
        {
            if (!fact.IsSymbolic)
            {
                hits!(new SinkHit(spec, fact, Narrow(argument, fact).Syntax.GetLocation(), container));
            }
        }
    }

    private bool CalleeSeesMembers(int ordinal, SinkSpec spec) =>
        spec.View is { } view && owner is IMethodSymbol method && ordinal < method.Parameters.Length &&
        !model.ObjectFacts(method.Parameters[ordinal].Type, view, spec.Family).IsEmpty;

    private static string Display(IMethodSymbol method)
    {
        var type = method.IsExtensionMethod && method.Parameters.Length > 0 ? method.Parameters[0].Type.Name : method.ContainingType?.Name;
        return $"{type}.{method.Name}";
    }

    private static string Recipient(string display, Destination destination) =>
        destination.Recipient is { Length: > 0 } recipient ? $"{display} ({recipient})" : display;
}
