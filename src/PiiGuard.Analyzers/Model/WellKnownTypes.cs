using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace PiiGuard.Analyzers.Model;

/// <summary>
/// Framework and library types resolved once per compilation by metadata name, and shared by every analyzer, the
/// generator and the flow engine that work on it — so knowledge of an external API is a name in a catalogue
/// (<see cref="Sinks.ApiCatalog"/>, <see cref="Sinks.SinkCatalog"/>), matched by symbol, never a type's short name
/// compared in code. A type the compilation cannot see resolves to <see langword="null"/> and matches nothing.
/// </summary>
internal sealed class WellKnownTypes
{
    private static readonly ConditionalWeakTable<Compilation, WellKnownTypes> Cache = new();
    private static readonly ConditionalWeakTable<Compilation, WellKnownTypes>.CreateValueCallback Create = c => new WellKnownTypes(c);

    private readonly ConcurrentDictionary<string, INamedTypeSymbol?> types = new(StringComparer.Ordinal);
    private readonly Func<string, INamedTypeSymbol?> resolve;

    private WellKnownTypes(Compilation compilation)
    {
        resolve = compilation.GetTypeByMetadataName;
    }

    /// <summary>The cache of one compilation (one instance per compilation, however many callers ask).</summary>
    public static WellKnownTypes Of(Compilation compilation) => Cache.GetValue(compilation, Create);

    /// <summary>The type named <paramref name="metadataName"/> (<c>System.Threading.Tasks.Task`1</c>), or <see langword="null"/>.</summary>
    public INamedTypeSymbol? Get(string metadataName) => types.GetOrAdd(metadataName, resolve);

    /// <summary>Whether <paramref name="type"/> (or its generic definition) is the named type.</summary>
    public bool Is(ITypeSymbol? type, string metadataName) =>
        type is not null && Get(metadataName) is { } known && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, known);

    /// <summary>Whether <paramref name="type"/> is one of the named types.</summary>
    public bool IsAny(ITypeSymbol? type, ImmutableArray<string> metadataNames)
    {
        foreach (var name in metadataNames)
        {
            if (Is(type, name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> is the named class or derives from it.</summary>
    public bool IsOrDerivesFrom(ITypeSymbol? type, string metadataName) => Flow.PiiModel.InheritsFrom(type, Get(metadataName));
}
