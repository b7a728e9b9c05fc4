using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiGuard.Analyzers.Diagnostics;
using PiiGuard.Analyzers.Model;

namespace PiiGuard.Analyzers.Discovery;

/// <summary>
/// PII0008–PII0009: points at members that look like personal data but are not marked, and at members that another
/// scheme already classifies as personal data. Suggestions (Info) by default. A parameter whose every use feeds a member
/// that is marked or suggested itself (<c>Email = email;</c>) is not a suggestion of its own: marking the member covers it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PiiDiscoveryAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The inferred category, for the code fix.</summary>
    public const string CategoryProperty = "PiiCategory";

    /// <summary>The other scheme's attribute, for the code fix.</summary>
    public const string SchemeProperty = "Scheme";

    private static readonly string[] OtherSchemes =
    {
        "Microsoft.AspNetCore.Identity.PersonalDataAttribute",
        "Microsoft.AspNetCore.Identity.ProtectedPersonalDataAttribute",
    };

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.LooksLikePersonalData, DiagnosticDescriptors.MarkedByAnotherScheme);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (KnownTypes.TryCreate(start.Compilation) is not { } known)
            {
                return;
            }

            var schemes = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (var name in OtherSchemes)
            {
                if (start.Compilation.GetTypeByMetadataName(name) is { } scheme)
                {
                    schemes.Add(scheme);
                }
            }

            var classification = start.Compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute");
            var discovery = new Context(known, schemes.ToImmutable(), classification);
            start.RegisterSymbolAction(symbol => Analyze(symbol, discovery), SymbolKind.Property, SymbolKind.Field);
            start.RegisterSymbolStartAction(method => AnalyzeParameters(method, discovery), SymbolKind.Method);
        });
    }

    private sealed record Context(KnownTypes Known, ImmutableArray<INamedTypeSymbol> Schemes, INamedTypeSymbol? Classification)
    {
        // Names repeat across a code base (id, name, cancellationToken): each (container, member, type) is classified once
        // per compilation, and each type's display name is computed once.
        private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Container, string Member, string Type), System.Runtime.CompilerServices.StrongBox<Category?>> classified = new();
#pragma warning disable RS1008 // Context is created per compilation (in the compilation start action) and dies with it.
        private readonly System.Collections.Concurrent.ConcurrentDictionary<ITypeSymbol, string> typeNames = new(SymbolEqualityComparer.Default);
#pragma warning restore RS1008

        public Category? Classify(string container, string member, ITypeSymbol type)
        {
            var name = typeNames.GetOrAdd(type, static t => TypeName(t));
            var key = (container, member, name);
            if (classified.TryGetValue(key, out var known))
            {
                return known.Value;
            }

            return classified.GetOrAdd(key, new System.Runtime.CompilerServices.StrongBox<Category?>(PiiNameClassifier.Classify(container, member, name))).Value;
        }
    }

    private static void Analyze(SymbolAnalysisContext context, Context known)
    {
        switch (context.Symbol)
        {
            case IPropertySymbol { IsImplicitlyDeclared: false, IsIndexer: false } property:
                Check(context, property, property.Type, property.ContainingType, known);
                break;
            case IFieldSymbol { IsImplicitlyDeclared: false, IsConst: false } field:
                // A positional record's properties are real symbols located at their parameters: covered above.
                Check(context, field, field.Type, field.ContainingType, known);
                break;
        }
    }

    // Parameters are reported when the method's symbol ends, after its bodies have shown which parameters only feed
    // members that are marked or suggested themselves; methods without a body report every parameter.
    private static void AnalyzeParameters(SymbolStartAnalysisContext start, Context known)
    {
        if (start.Symbol is not IMethodSymbol { IsImplicitlyDeclared: false, IsOverride: false, MethodKind: MethodKind.Ordinary or MethodKind.Constructor } method
            || !method.ExplicitInterfaceImplementations.IsEmpty || method.Parameters.IsEmpty || IsRecordPrimaryConstructor(method))
        {
            return;
        }

        // Bodies are walked (and so bound) only for methods with a parameter that would be reported: one whose name looks
        // like personal data, or one marked by another scheme. Any other attribute ([FromQuery], [FromRoute] on every
        // controller action) is no reason to bind a body.
        if (!method.Parameters.Any(p => OtherScheme(p, known) is not null || known.Classify(method.ContainingType.Name, p.Name, p.Type) is not null))
        {
            return;
        }

        var covered = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
        if (method.Parameters.All(p => (OtherScheme(p, known) is null && known.Classify(method.ContainingType.Name, p.Name, p.Type) is null) ||
                                       ParameterUses.UsedOtherwise(method, p, start.CancellationToken)))
        {
            // Every parameter that would be reported is also used for something else than feeding a member (passed on,
            // returned, formatted), as the syntax already shows: reported without binding the body.
            start.RegisterSymbolEndAction(end =>
            {
                foreach (var parameter in method.Parameters)
                {
                    Check(end, parameter, parameter.Type, method.ContainingType, known);
                }
            });
            return;
        }

        start.RegisterOperationBlockAction(block =>
        {
            var uses = new Dictionary<IParameterSymbol, ParameterUse>(SymbolEqualityComparer.Default);
            foreach (var root in block.OperationBlocks)
            {
                foreach (var reference in root.DescendantsAndSelf().OfType<IParameterReferenceOperation>())
                {
                    uses.TryGetValue(reference.Parameter, out var soFar);
                    uses[reference.Parameter] = Combine(soFar, UseOf(reference, known));
                }
            }

            lock (covered)
            {
                foreach (var use in uses)
                {
                    if (use.Value == ParameterUse.FeedsCoveredMember)
                    {
                        covered.Add(use.Key);
                    }
                }
            }
        });

        start.RegisterSymbolEndAction(end =>
        {
            foreach (var parameter in method.Parameters)
            {
                bool isCovered;
                lock (covered)
                {
                    isCovered = covered.Contains(parameter);
                }

                if (!isCovered)
                {
                    Check(end, parameter, parameter.Type, method.ContainingType, known);
                }
            }
        });
    }

    private enum ParameterUse
    {
        None,
        Neutral,
        FeedsCoveredMember,
        Other,
    }

    // A parameter is covered when at least one use feeds a covered member and no use does anything else.
    private static ParameterUse Combine(ParameterUse soFar, ParameterUse use) =>
        soFar == ParameterUse.Other || use == ParameterUse.Other ? ParameterUse.Other
        : soFar == ParameterUse.FeedsCoveredMember || use == ParameterUse.FeedsCoveredMember ? ParameterUse.FeedsCoveredMember
        : ParameterUse.Neutral;

    // Follows one use of a parameter up through conversions, `?? throw`, `check ? email : throw …` and calls on it
    // (`email.Trim()`), to an assignment to a field or property (`Email = email`, `new Customer { Email = email }`); a
    // guard (`ArgumentNullException.ThrowIfNull(email)`, `string.IsNullOrWhiteSpace(email)`, `email is null`,
    // `nameof(email)`) is neutral; anything else is a use of its own.
    private static ParameterUse UseOf(IOperation reference, Context known)
    {
        var current = reference;
        while (current.Parent is { } parent)
        {
            switch (parent)
            {
                case IConversionOperation or IParenthesizedOperation:
                case ICoalesceOperation coalesce when coalesce.Value == current:
                case IConditionalOperation conditional when conditional.WhenTrue == current || conditional.WhenFalse == current:
                case IInvocationOperation invocation when invocation.Instance == current && invocation.Arguments.IsEmpty:
                    current = parent;
                    continue;
                case IArgumentOperation { Parent: IInvocationOperation guard } when IsGuard(guard.TargetMethod.Name):
                case INameOfOperation or IIsPatternOperation:
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison
                    when (comparison.LeftOperand == current ? comparison.RightOperand : comparison.LeftOperand).ConstantValue is { HasValue: true, Value: null }:
                    return ParameterUse.Neutral;
                case ISimpleAssignmentOperation assignment when assignment.Value == current:
                    return assignment.Target switch
                    {
                        IFieldReferenceOperation field when IsCovered(field.Field, field.Field.Type, known) => ParameterUse.FeedsCoveredMember,
                        IPropertyReferenceOperation { Property.IsIndexer: false } property when IsCovered(property.Property, property.Property.Type, known) => ParameterUse.FeedsCoveredMember,
                        _ => ParameterUse.Other,
                    };
                default:
                    return ParameterUse.Other;
            }
        }

        return ParameterUse.Other;
    }

    // Checks that read a value without passing it anywhere.
    private static bool IsGuard(string method) =>
        method.StartsWith("ThrowIf", StringComparison.Ordinal) || method is "IsNullOrEmpty" or "IsNullOrWhiteSpace";

    // A member that is marked, marked by another scheme, or suggested itself: its own diagnostic (or mark) covers what feeds it.
    private static bool IsCovered(ISymbol member, ITypeSymbol type, Context known) =>
        IsMarked(member, member.ContainingType, known)
        || OtherScheme(member, known) is not null
        || known.Classify(member.ContainingType.Name, member.Name, type) is not null;

    // The attribute of another classification scheme on a member ([PersonalData], a DataClassificationAttribute), if any.
    private static INamedTypeSymbol? OtherScheme(ISymbol member, Context known)
    {
        foreach (var attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass is { } scheme && (known.Schemes.Contains(scheme, SymbolEqualityComparer.Default) || Flow.PiiModel.InheritsFrom(scheme, known.Classification)))
            {
                return scheme;
            }
        }

        return null;
    }

    // The type as the source spells it ("string?", "List<Address>", "IPAddress"): the classifier reads its words.
    private static string TypeName(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

    private static void Check(SymbolAnalysisContext context, ISymbol member, ITypeSymbol type, INamedTypeSymbol container, Context known)
    {
        if (member.Locations.Length == 0 || !member.Locations[0].IsInSource)
        {
            return;
        }

        // The cheap tests first (the cached name classification, the member's own attributes): most members are neither
        // suggested nor marked by another scheme, and only a member that would be reported needs the marks of its types.
        var scheme = OtherScheme(member, known);
        var category = scheme is null ? known.Classify(container.Name, member.Name, type) : null;
        if ((scheme is null && category is null) || IsMarked(member, container, known))
        {
            return;
        }

        if (scheme is not null)
        {
            var guessed = known.Classify(container.Name, member.Name, type) ?? Category.UniqueId;
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.MarkedByAnotherScheme,
                member.Locations[0],
                ImmutableDictionary<string, string?>.Empty.Add(CategoryProperty, guessed.ToString()).Add(SchemeProperty, scheme.Name),
                $"{container.Name}.{member.Name}",
                scheme.Name.Replace("Attribute", string.Empty),
                guessed.ToString()));
            return;
        }

        if (category is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.LooksLikePersonalData,
                member.Locations[0],
                ImmutableDictionary<string, string?>.Empty.Add(CategoryProperty, category.Value.ToString()),
                $"{container.Name}.{member.Name}",
                category.Value.ToString()));
        }
    }

    // A positional record's parameters are its properties, which are checked as properties.
    private static bool IsRecordPrimaryConstructor(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Constructor && method.ContainingType.IsRecord &&
        method.Parameters.Length > 0 && method.Parameters.All(p => method.ContainingType.GetMembers(p.Name).OfType<IPropertySymbol>().Any());

    private static bool IsMarked(ISymbol member, INamedTypeSymbol container, Context known)
    {
        if (PiiDeclaration.Find(member.GetAttributes(), known.Known.Pii) is not null)
        {
            return true;
        }

        for (var type = container; type is not null; type = type.BaseType)
        {
            if (PiiDeclaration.Find(type.GetAttributes(), known.Known.Pii) is not null)
            {
                return true;
            }
        }

        // A positional record member may be marked on its parameter instead of its property.
        if (member is IPropertySymbol && container.IsRecord)
        {
            foreach (var constructor in container.InstanceConstructors)
            {
                foreach (var p in constructor.Parameters)
                {
                    if (p.Name == member.Name && PiiDeclaration.Find(p.GetAttributes(), known.Known.Pii) is not null)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
