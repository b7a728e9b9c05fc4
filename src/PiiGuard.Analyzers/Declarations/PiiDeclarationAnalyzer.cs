using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiGuard.Analyzers.Diagnostics;
using PiiGuard.Analyzers.Flow;
using PiiGuard.Analyzers.Model;

namespace PiiGuard.Analyzers.Declarations;

/// <summary>
/// PII0001–PII0007: checks what PiiGuard's attributes declare — purposes, retention, regions, recipients, legal
/// bases, transfer mechanisms — and that every argument has a value PiiGuard can interpret.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PiiDeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.MemberWithoutPurpose,
        DiagnosticDescriptors.InvalidRetention,
        DiagnosticDescriptors.InvalidRegion,
        DiagnosticDescriptors.SoldOrSharedWithoutRecipient,
        DiagnosticDescriptors.SensitiveWithoutLegalBasis,
        DiagnosticDescriptors.AnonymisedIsNotATransferTool,
        DiagnosticDescriptors.InvalidAttributeArgument);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            // No source names a PiiGuard attribute (each of them, and every alias for one, starts with "Pii"): there is no
            // declaration to check, and no symbol of the compilation is visited (PiiRelevance's cached text scan per tree).
            if (KnownTypes.TryCreate(start.Compilation) is not { } known ||
                !PiiRelevance.AnyMentionsPiiGuard(start.Compilation, start.CancellationToken))
            {
                return;
            }

            // One action per type for the type and its members: an action on every member (accessors included) cost the
            // build five times the checks themselves in the compiler's driver (annotated Jellyfin, added to the SDK's
            // analyzers: 0.22 s for 0.04 s of checks). Nested types get their own action. What is reported in generated code
            // ([GeneratedCode] members, generated files) the driver drops, as GeneratedCodeAnalysisFlags.None says.
            start.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, known), SymbolKind.NamedType);
            // Assembly attributes stand only at the top of a file: one look per document, not an action on every attribute
            // list (a semantic action: what it reports is bound, so the editor re-runs it with the semantic checks).
            start.RegisterSemanticModelAction(modelContext => AnalyzeAssemblyAttributes(modelContext, known));
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, KnownTypes known)
    {
        AnalyzeSymbol(context, context.Symbol, known);
        foreach (var member in ((INamedTypeSymbol)context.Symbol).GetMembers())
        {
            if (member is IPropertySymbol or IFieldSymbol or IMethodSymbol)
            {
                AnalyzeSymbol(context, member, known);
            }
        }
    }

    private static void AnalyzeSymbol(SymbolAnalysisContext context, ISymbol symbol, KnownTypes known)
    {
        if (symbol.IsImplicitlyDeclared)
        {
            return;
        }

        var owner = OwnerName(symbol);
        foreach (var attribute in symbol.GetAttributes())
        {
            Check(attribute, owner, known, context.ReportDiagnostic, context.CancellationToken);
        }

        if (symbol is not IMethodSymbol method)
        {
            return;
        }

        foreach (var attribute in method.GetReturnTypeAttributes())
        {
            Check(attribute, owner + "() return value", known, context.ReportDiagnostic, context.CancellationToken);
        }

        foreach (var parameter in method.Parameters)
        {
            var parameterOwner = method.MethodKind == MethodKind.Constructor
                ? $"{method.ContainingType.Name}({parameter.Name})"
                : $"{owner}({parameter.Name})";
            foreach (var attribute in parameter.GetAttributes())
            {
                Check(attribute, parameterOwner, known, context.ReportDiagnostic, context.CancellationToken);
            }
        }
    }

    private static void AnalyzeAssemblyAttributes(SemanticModelAnalysisContext context, KnownTypes known)
    {
        var tree = context.SemanticModel.SyntaxTree;
        if (tree.GetRoot(context.CancellationToken) is not CompilationUnitSyntax root ||
            !root.AttributeLists.Any(list => list.Target is { } target && target.Identifier.IsKind(SyntaxKind.AssemblyKeyword)))
        {
            return;
        }

        foreach (var attribute in context.SemanticModel.Compilation.Assembly.GetAttributes())
        {
            if (attribute.ApplicationSyntaxReference is { } reference && reference.SyntaxTree == tree)
            {
                Check(attribute, "assembly", known, context.ReportDiagnostic, context.CancellationToken);
            }
        }
    }

    private static void Check(AttributeData attribute, string owner, KnownTypes known, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var type = attribute.AttributeClass;
        if (!known.IsPiiGuardAttribute(type) || attribute.AttributeConstructor is null)
        {
            // Not ours, or a constructor that did not bind: the compiler already reports the error.
            return;
        }

        var syntax = AttributeArguments.Syntax(attribute, cancellationToken);
        if (KnownTypes.Is(type, known.Pii))
        {
            CheckPii(attribute, syntax, owner, report);
        }
        else if (KnownTypes.Is(type, known.PiiAccess))
        {
            CheckAccess(attribute, syntax, owner, report);
        }
        else if (KnownTypes.Is(type, known.PiiTransfer))
        {
            CheckRegion(attribute, syntax, 0, "[PiiTransfer]", report);
            CheckTransferMechanism(attribute, syntax, owner, report);
        }
        else if (KnownTypes.Is(type, known.PiiDestination))
        {
            CheckRegion(attribute, syntax, 0, "[PiiDestination]", report);
            CheckHost(attribute, syntax, owner, report);
        }
        else if (KnownTypes.Is(type, known.PiiHomeRegion))
        {
            CheckRegion(attribute, syntax, 0, "[PiiHomeRegion]", report);
        }
        else if (KnownTypes.Is(type, known.PiiStorage))
        {
            CheckRegion(attribute, syntax, 1, "[PiiStorage]", report);
        }
        else if (KnownTypes.Is(type, known.PiiExternal))
        {
            CheckExternal(attribute, syntax, owner, report);
        }
        else if (known.IsRecordAttribute(type))
        {
            CheckRecord(attribute, syntax, owner, report);
        }
    }

    // The record's declarations: the text the map is built from must be there (an empty name would be a silent gap),
    // and enum arguments must be defined values.
    private static void CheckRecord(AttributeData attribute, AttributeSyntax? syntax, string owner, Action<Diagnostic> report)
    {
        var name = attribute.AttributeClass!.Name;
        var shortName = name.EndsWith("Attribute", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name;
        var textIndex = shortName == "PiiContact" ? 1 : 0;
        if (AttributeArguments.String(AttributeArguments.Positional(attribute, textIndex)) is not { } text || text.Trim().Length == 0)
        {
            report(Diagnostic.Create(
                DiagnosticDescriptors.InvalidAttributeArgument,
                AttributeArguments.PositionalLocation(syntax, textIndex),
                shortName + " text",
                owner,
                "it is empty, so the record would show nothing for it",
                shortName == "PiiContact" ? "[assembly: PiiContact(PiiContactRole.Controller, \"Shoe Co\")]" : "[assembly: " + shortName + "(\"…as the notice words it…\")]"));
        }

        if (shortName == "PiiContact" && AttributeArguments.Integral(AttributeArguments.Positional(attribute, 0)) is { } role &&
            (role < 0 || role > Inventory.InventoryParser.MaxContactRole))
        {
            report(Diagnostic.Create(
                DiagnosticDescriptors.InvalidAttributeArgument,
                AttributeArguments.PositionalLocation(syntax, 0),
                "PiiContactRole value " + role.ToString(CultureInfo.InvariantCulture),
                owner,
                "it is not a defined PiiContactRole",
                "[assembly: PiiContact(PiiContactRole.DataProtectionOfficer, \"Jane Doe\")]"));
        }
    }

    private static void CheckPii(AttributeData attribute, AttributeSyntax? syntax, string owner, Action<Diagnostic> report)
    {
        var category = ReadCategory(attribute, syntax, owner, report);

        // A named argument that did not bind is dropped from AttributeData; "nothing declared" would then be a lie.
        var complete = AttributeArguments.AllNamedArgumentsBound(attribute, syntax);
        var categoryText = category is { } c ? c.ToString() : "unknown category";

        if (AttributeArguments.Integral(AttributeArguments.Named(attribute, AttributeNames.Pii.CcpaCategory)) is { } ccpa && (ccpa < 0 || ccpa > PiiDeclaration.MaxCcpaCategory))
        {
            report(Diagnostic.Create(
                DiagnosticDescriptors.InvalidAttributeArgument,
                AttributeArguments.NamedLocation(syntax, AttributeNames.Pii.CcpaCategory),
                "CcpaCategory value " + ccpa.ToString(CultureInfo.InvariantCulture),
                owner,
                "it is not a defined CcpaCategory",
                "[Pii(Category.Contact, CcpaCategory = CcpaCategory.CustomerRecords)]"));
        }

        var purpose = AttributeArguments.Integral(AttributeArguments.Named(attribute, AttributeNames.Pii.Purpose)) ?? 0;
        if ((purpose & ~(long)Taxonomy.AllPurposes) != 0)
        {
            report(Diagnostic.Create(
                DiagnosticDescriptors.InvalidAttributeArgument,
                AttributeArguments.NamedLocation(syntax, AttributeNames.Pii.Purpose),
                $"Purpose value {Hex(purpose)}",
                owner,
                "it sets bits that are not defined Purpose flags",
                "Purpose = Purpose.ServiceDelivery | Purpose.Diagnostics"));
        }
        else if (purpose == 0 && complete)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.MemberWithoutPurpose, syntax?.GetLocation(), owner, categoryText));
        }

        var retentionConstant = AttributeArguments.Named(attribute, AttributeNames.Pii.Retention);
        if (retentionConstant is { IsNull: false } && AttributeArguments.String(retentionConstant) is var retention &&
            !Iso8601Duration.IsValid(retention))
        {
            report(Diagnostic.Create(
                DiagnosticDescriptors.InvalidRetention,
                AttributeArguments.NamedLocation(syntax, AttributeNames.Pii.Retention),
                retention ?? string.Empty,
                owner));
        }

        var legalBasis = AttributeArguments.Integral(AttributeArguments.Named(attribute, AttributeNames.Pii.LegalBasis)) ?? 0;
        if ((legalBasis & ~(long)Taxonomy.AllLegalBases) != 0)
        {
            report(Diagnostic.Create(
                DiagnosticDescriptors.InvalidAttributeArgument,
                AttributeArguments.NamedLocation(syntax, AttributeNames.Pii.LegalBasis),
                $"LegalBasis value {Hex(legalBasis)}",
                owner,
                "it sets bits that are not defined LegalBasis flags",
                "LegalBasis = LegalBasis.Consent"));
        }
        else if (legalBasis == 0 && complete && category is { } sensitive && Taxonomy.IsSensitive(sensitive))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.SensitiveWithoutLegalBasis, syntax?.GetLocation(), owner, categoryText));
        }

        var sold = AttributeArguments.Bool(AttributeArguments.Named(attribute, AttributeNames.Pii.Sold));
        var shared = AttributeArguments.Bool(AttributeArguments.Named(attribute, AttributeNames.Pii.Shared));
        if ((sold || shared) && complete && AttributeArguments.Strings(AttributeArguments.Named(attribute, AttributeNames.Pii.DisclosedTo)).IsEmpty)
        {
            report(Diagnostic.Create(
                DiagnosticDescriptors.SoldOrSharedWithoutRecipient,
                AttributeArguments.NamedLocation(syntax, sold ? AttributeNames.Pii.Sold : AttributeNames.Pii.Shared),
                owner,
                sold && shared ? "sold and shared" : sold ? "sold" : "shared"));
        }
    }

    // [assembly: PiiExternal]: what it names must exist, or the declaration silently marks nothing.
    private static void CheckExternal(AttributeData attribute, AttributeSyntax? syntax, string owner, Action<Diagnostic> report)
    {
        void Invalid(Location? location, string what, string why, string example) =>
            report(Diagnostic.Create(DiagnosticDescriptors.InvalidAttributeArgument, location ?? syntax?.GetLocation(), what, owner, why, example));

        var purpose = AttributeArguments.Integral(AttributeArguments.Named(attribute, AttributeNames.Pii.Purpose)) ?? 0;
        if ((purpose & ~(long)Taxonomy.AllPurposes) != 0)
        {
            Invalid(AttributeArguments.NamedLocation(syntax, AttributeNames.Pii.Purpose), $"PiiExternal Purpose value {Hex(purpose)}",
                "it sets bits that are not defined Purpose flags", "Purpose = Purpose.Security");
        }

        if (attribute.ConstructorArguments.Length == 1)
        {
            if (AttributeArguments.Integral(AttributeArguments.Positional(attribute, 0)) is not { } source || source < 0 || !Enum.IsDefined(typeof(FrameworkSource), (int)source))
            {
                Invalid(AttributeArguments.PositionalLocation(syntax, 0), "PiiExternal source", "it is not a defined FrameworkSource",
                    "[assembly: PiiExternal(FrameworkSource.ClientIpAddress, Purpose = Purpose.Security)]");
            }

            return;
        }

        const string Example = "[assembly: PiiExternal(typeof(Vendor.Profile), \"Email\", Category.Contact)]";
        if (AttributeArguments.Positional(attribute, 0)?.Value is not INamedTypeSymbol external)
        {
            Invalid(AttributeArguments.PositionalLocation(syntax, 0), "PiiExternal type", "it is not a type", Example);
            return;
        }

        var member = AttributeArguments.String(AttributeArguments.Positional(attribute, 1));
        var exists = member is { Length: > 0 } &&
            EnumerateSelfAndBases(external).Any(t => t.GetMembers(member).Any(m => m is IPropertySymbol or IFieldSymbol or IMethodSymbol));
        if (!exists)
        {
            Invalid(AttributeArguments.PositionalLocation(syntax, 1), $"PiiExternal member \"{member}\"",
                $"{external.Name} has no property, field or method of that name, so nothing would be marked", Example);
        }

        if (AttributeArguments.Integral(AttributeArguments.Positional(attribute, 2)) is not { } category || category < 0 || category > int.MaxValue || !Taxonomy.IsDefined((Category)(int)category))
        {
            Invalid(AttributeArguments.PositionalLocation(syntax, 2), "PiiExternal category", "it is not a defined Category", Example);
        }
    }

    private static IEnumerable<INamedTypeSymbol> EnumerateSelfAndBases(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            yield return current;
        }

        foreach (var @interface in type.AllInterfaces)
        {
            yield return @interface;
        }
    }

    private static Category? ReadCategory(AttributeData attribute, AttributeSyntax? syntax, string owner, Action<Diagnostic> report)
    {
        var argument = AttributeArguments.Positional(attribute, 0);
        if (argument is null)
        {
            return null;
        }

        if (argument.Value.Type?.SpecialType == SpecialType.System_String || argument.Value.IsNull)
        {
            var key = AttributeArguments.String(argument);
            if (Taxonomy.CategoryFromKey(key) is { } fromKey)
            {
                return fromKey;
            }

            report(Diagnostic.Create(
                DiagnosticDescriptors.InvalidAttributeArgument,
                AttributeArguments.PositionalLocation(syntax, 0),
                $"Taxonomy key \"{key}\"",
                owner,
                "it is not a fideslang data category PiiGuard knows (keys start with user., e.g. user.contact or user.financial.credit_card)",
                "[Pii(\"user.contact.email\")] or [Pii(Category.Contact)]"));
            return null;
        }

        var value = AttributeArguments.Integral(argument);
        if (value is { } v && v >= 0 && v <= int.MaxValue && Taxonomy.IsDefined((Category)(int)v))
        {
            return (Category)(int)v;
        }

        report(Diagnostic.Create(
            DiagnosticDescriptors.InvalidAttributeArgument,
            AttributeArguments.PositionalLocation(syntax, 0),
            $"Category value {value?.ToString(CultureInfo.InvariantCulture) ?? "?"}",
            owner,
            "it is not a defined Category",
            "[Pii(Category.Contact)]"));
        return null;
    }

    private static void CheckAccess(AttributeData attribute, AttributeSyntax? syntax, string owner, Action<Diagnostic> report)
    {
        var role = AttributeArguments.String(AttributeArguments.Positional(attribute, 0));
        if (role is null || role.Trim().Length == 0)
        {
            report(Diagnostic.Create(
                DiagnosticDescriptors.InvalidAttributeArgument,
                AttributeArguments.PositionalLocation(syntax, 0),
                "PiiAccess role",
                owner,
                "the role is empty",
                "[PiiAccess(\"Customer service\", PiiOperation.Access)]"));
        }

        var operations = AttributeArguments.Integral(AttributeArguments.Positional(attribute, 1)) ?? 0;
        if (operations == 0 || (operations & ~(long)Taxonomy.AllOperations) != 0)
        {
            report(Diagnostic.Create(
                DiagnosticDescriptors.InvalidAttributeArgument,
                AttributeArguments.PositionalLocation(syntax, 1),
                $"PiiAccess operations {Hex(operations)}",
                owner,
                operations == 0 ? "it grants no operation" : "it sets bits that are not defined PiiOperation flags",
                "[PiiAccess(\"End user\", PiiOperation.Access | PiiOperation.Edit)]"));
        }
    }

    private static void CheckRegion(AttributeData attribute, AttributeSyntax? syntax, int index, string context, Action<Diagnostic> report)
    {
        var constant = AttributeArguments.Positional(attribute, index);
        var region = AttributeArguments.String(constant);
        if (Regions.Normalize(region) is null)
        {
            report(Diagnostic.Create(
                DiagnosticDescriptors.InvalidRegion,
                AttributeArguments.PositionalLocation(syntax, index),
                region ?? "null",
                context,
                Regions.SuggestionFor(region)));
        }
    }

    private static void CheckTransferMechanism(AttributeData attribute, AttributeSyntax? syntax, string owner, Action<Diagnostic> report)
    {
        var mechanism = AttributeArguments.Integral(AttributeArguments.Positional(attribute, 1));
        if (mechanism is not { } m || m < 0 || m > int.MaxValue || !Taxonomy.IsDefined((TransferMechanism)(int)m))
        {
            report(Diagnostic.Create(
                DiagnosticDescriptors.InvalidAttributeArgument,
                AttributeArguments.PositionalLocation(syntax, 1),
                $"TransferMechanism value {mechanism?.ToString(CultureInfo.InvariantCulture) ?? "?"}",
                owner,
                "it is not a defined TransferMechanism",
                "[assembly: PiiTransfer(\"US\", TransferMechanism.StandardContractualClauses)]"));
        }
        else if ((TransferMechanism)(int)m == TransferMechanism.Anonymised)
        {
            report(Diagnostic.Create(
                DiagnosticDescriptors.AnonymisedIsNotATransferTool,
                AttributeArguments.PositionalLocation(syntax, 1),
                AttributeArguments.String(AttributeArguments.Positional(attribute, 0)) ?? "null"));
        }
    }

    private static void CheckHost(AttributeData attribute, AttributeSyntax? syntax, string owner, Action<Diagnostic> report)
    {
        var constant = AttributeArguments.Named(attribute, AttributeNames.PiiDestination.Host);
        if (constant is null)
        {
            return;
        }

        var host = AttributeArguments.String(constant);
        if (host is null || host.Trim().Length == 0 || host.IndexOfAny(NotInHost) >= 0)
        {
            report(Diagnostic.Create(
                DiagnosticDescriptors.InvalidAttributeArgument,
                AttributeArguments.NamedLocation(syntax, AttributeNames.PiiDestination.Host),
                $"Host \"{host}\"",
                owner,
                "a host is a bare name without scheme, port or path",
                "[assembly: PiiDestination(\"US\", Host = \"api.partner.example\")]"));
        }
    }

    private static readonly char[] NotInHost = { '/', ':', ' ', '?', '#' };

    private static string OwnerName(ISymbol symbol) => symbol switch
    {
        INamedTypeSymbol type => type.Name,
        _ when symbol.ContainingType is { } container => container.Name + "." + symbol.Name,
        _ => symbol.Name,
    };

    private static string Hex(long value) => "0x" + value.ToString("X", CultureInfo.InvariantCulture);
}
