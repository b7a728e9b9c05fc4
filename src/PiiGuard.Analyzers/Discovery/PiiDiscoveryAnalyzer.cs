using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiGuard.Analyzers.Diagnostics;
using PiiGuard.Analyzers.Model;

namespace PiiGuard.Analyzers.Discovery;

/// <summary>
/// PII0008–PII0009: points at members that look like personal data but are not marked, and at members that another
/// scheme already classifies as personal data. Suggestions (Info) by default.
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
            start.RegisterSymbolAction(symbol => Analyze(symbol, discovery), SymbolKind.Property, SymbolKind.Field, SymbolKind.Method);
        });
    }

    private sealed record Context(KnownTypes Known, ImmutableArray<INamedTypeSymbol> Schemes, INamedTypeSymbol? Classification);

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
            case IMethodSymbol { IsImplicitlyDeclared: false, IsOverride: false, MethodKind: MethodKind.Ordinary or MethodKind.Constructor } method
                when method.ExplicitInterfaceImplementations.IsEmpty && !IsRecordPrimaryConstructor(method):
                foreach (var parameter in method.Parameters)
                {
                    Check(context, parameter, parameter.Type, method.ContainingType, known);
                }

                break;
        }
    }

    private static void Check(SymbolAnalysisContext context, ISymbol member, ITypeSymbol type, INamedTypeSymbol container, Context known)
    {
        if (member.Locations.Length == 0 || !member.Locations[0].IsInSource || IsMarked(member, container, known))
        {
            return;
        }

        foreach (var attribute in member.GetAttributes())
        {
            var scheme = attribute.AttributeClass;
            if (scheme is not null && (known.Schemes.Contains(scheme, SymbolEqualityComparer.Default) || Flow.PiiModel.InheritsFrom(scheme, known.Classification)))
            {
                var guessed = PiiNameClassifier.Classify(container.Name, member.Name, type.Name) ?? Category.UniqueId;
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.MarkedByAnotherScheme,
                    member.Locations[0],
                    ImmutableDictionary<string, string?>.Empty.Add(CategoryProperty, guessed.ToString()).Add(SchemeProperty, scheme.Name),
                    $"{container.Name}.{member.Name}",
                    scheme.Name.Replace("Attribute", string.Empty),
                    guessed.ToString()));
                return;
            }
        }

        if (PiiNameClassifier.Classify(container.Name, member.Name, type.Name) is { } category)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.LooksLikePersonalData,
                member.Locations[0],
                ImmutableDictionary<string, string?>.Empty.Add(CategoryProperty, category.ToString()),
                $"{container.Name}.{member.Name}",
                category.ToString()));
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
