using System;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PiiGuard.Analyzers.Inventory;

/// <summary>
/// A fingerprint of everything the generator's declaration steps read: the text of every tree except the bodies of
/// methods, accessors, operators and top-level statements, each tree's path and parse options, and the compilation's
/// references, options and assembly name. No declaration those steps read is written inside a body (an attribute on a
/// local function's or a lambda's parameter declares no item, destination or store), so a body's text is left out
/// without being read.
/// </summary>
/// <remarks>
/// Every edit gives the generator a new compilation, and every step that reads it (and
/// <c>ForAttributeWithMetadataName</c>, which binds each marked declaration's attributes again) runs again — per
/// keystroke in an editor, for every marked declaration of the project. Typing in a method body changes none of what
/// those steps read: with the same fingerprint, <see cref="ShapeMemo{T}"/> hands back what they returned for it, and
/// nothing is bound. Per-tree fingerprints are cached by tree object, so only the edited tree is read again.
/// </remarks>
internal sealed class DeclarationShape : IEquatable<DeclarationShape>
{
    private static readonly ConditionalWeakTable<SyntaxTree, TreeShape> Trees = new();

    // Every memoised step of one run asks for the same compilation's shape.
    private static readonly ConditionalWeakTable<Compilation, DeclarationShape> ByCompilation = new();

    private readonly ulong first;
    private readonly ulong second;
    private readonly int treeCount;
    private readonly ImmutableArray<MetadataReference> references;
    private readonly CompilationOptions? options;
    private readonly string? assemblyName;

    private DeclarationShape(ulong first, ulong second, int treeCount, ImmutableArray<MetadataReference> references, CompilationOptions? options, string? assemblyName)
    {
        this.first = first;
        this.second = second;
        this.treeCount = treeCount;
        this.references = references;
        this.options = options;
        this.assemblyName = assemblyName;
    }

    /// <summary>
    /// The shape of a compilation in which no source names a PiiGuard attribute (a project that has the package but marks
    /// nothing): every step is cheap on its own there, and a fingerprint would cost more than it saves.
    /// </summary>
    public static DeclarationShape Unmarked { get; } = new(0, 0, -1, ImmutableArray<MetadataReference>.Empty, null, null);

    /// <summary>The compilation's fingerprint (computed once per compilation), or <see cref="Unmarked"/>.</summary>
    public static DeclarationShape Of(Compilation compilation, CancellationToken cancellationToken)
    {
        if (ByCompilation.TryGetValue(compilation, out var known))
        {
            return known;
        }

        var shape = Flow.PiiRelevance.AnyMentionsPiiGuard(compilation, cancellationToken)
            ? Compute(compilation, cancellationToken)
            : Unmarked;
        return ByCompilation.GetValue(compilation, _ => shape);
    }

    private static DeclarationShape Compute(Compilation compilation, CancellationToken cancellationToken)
    {
        var hash = new Hash();
        var count = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!Trees.TryGetValue(tree, out var shape))
            {
                shape = Trees.GetValue(tree, static t => TreeShape.Compute(t));
            }

            hash.Add(shape.First);
            hash.Add(shape.Second);
            count++;
        }

        return new DeclarationShape(hash.First, hash.Second, count, compilation.References.ToImmutableArray(), compilation.Options, compilation.AssemblyName);
    }

    public bool Equals(DeclarationShape? other) =>
        other is not null && first == other.first && second == other.second && treeCount == other.treeCount &&
        string.Equals(assemblyName, other.assemblyName, StringComparison.Ordinal) &&
        (ReferenceEquals(options, other.options) || (options is not null && options.Equals(other.options))) &&
        Flow.PiiRelevance.SameReferences(references, other.references);

    public override bool Equals(object? obj) => Equals(obj as DeclarationShape);

    public override int GetHashCode() => unchecked((int)first ^ (int)(second >> 32) ^ treeCount);

    private sealed class TreeShape
    {
        [ThreadStatic]
        private static char[]? buffer4096;

        private TreeShape(ulong first, ulong second)
        {
            First = first;
            Second = second;
        }

        public ulong First { get; }

        public ulong Second { get; }

        public static TreeShape Compute(SyntaxTree tree)
        {
            var hash = new Hash();
            hash.Add(tree.FilePath);
            hash.Add((ulong)(uint)tree.Options.GetHashCode());

            // The text between bodies, read from the source text (no token or string is made for it); each body leaves a
            // mark. Bodies come in document order and never overlap, as the walk does not enter them.
            var text = tree.GetText();
            var buffer = buffer4096 ??= new char[4096];
            var position = 0;
            foreach (var node in tree.GetRoot().DescendantNodes(static n => !IsBody(n)))
            {
                if (IsBody(node))
                {
                    hash.Add(text, node.FullSpan.Start - position, position, buffer);
                    hash.Add(1UL);
                    position = node.FullSpan.End;
                }
            }

            hash.Add(text, text.Length - position, position, buffer);
            return new TreeShape(hash.First, hash.Second);
        }

        private static bool IsBody(SyntaxNode node) =>
            node is GlobalStatementSyntax ||
            node is BlockSyntax or ArrowExpressionClauseSyntax &&
            node.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or PropertyDeclarationSyntax or IndexerDeclarationSyntax;
    }

    // Two independent 64-bit FNV-1a streams (different primes and offsets): a collision needs both to collide.
    private sealed class Hash
    {
        private ulong a = 14695981039346656037UL;
        private ulong b = 0x84222325CBF29CE4UL;

        public ulong First => a;

        public ulong Second => b;

        public void Add(string text)
        {
            foreach (var c in text)
            {
                Mix(c);
            }

            Add((ulong)text.Length);
        }

        public void Add(Microsoft.CodeAnalysis.Text.SourceText text, int length, int start, char[] buffer)
        {
            for (var done = 0; done < length;)
            {
                var count = Math.Min(buffer.Length, length - done);
                text.CopyTo(start + done, buffer, 0, count);
                for (var i = 0; i < count; i++)
                {
                    Mix(buffer[i]);
                }

                done += count;
            }

            Add((ulong)length);
        }

        public void Add(ulong value)
        {
            for (var i = 0; i < 8; i++)
            {
                Mix((value >> (i * 8)) & 0xFF);
            }
        }

        private void Mix(ulong unit)
        {
            a = (a ^ unit) * 1099511628211UL;
            b = ((b ^ unit) * 0x100000001B3UL) ^ (b >> 29);
        }
    }
}

/// <summary>
/// The last few results of one generator step, by the <see cref="DeclarationShape"/> of the compilation they were
/// computed from and the step's other inputs (compared by value): a compilation whose declarations did not change
/// gets the same result without binding anything. A few entries, because one generator instance serves every
/// project of a host.
/// </summary>
internal sealed class ShapeMemo<T>
{
    private const int Size = 8;
    private readonly object gate = new();
    private readonly (DeclarationShape Shape, object? Extra, T Value)?[] entries = new (DeclarationShape, object?, T)?[Size];
    private int next;
    private long hits;

    /// <summary>Results this memo handed back instead of computing them.</summary>
    public long Hits => Interlocked.Read(ref hits);

    public T Get(Compilation compilation, object? extra, Func<T> compute, CancellationToken cancellationToken)
    {
        var shape = DeclarationShape.Of(compilation, cancellationToken);
        if (ReferenceEquals(shape, DeclarationShape.Unmarked))
        {
            return compute();
        }

        lock (gate)
        {
            foreach (var entry in entries)
            {
                if (entry is { } e && e.Shape.Equals(shape) && Equals(e.Extra, extra))
                {
                    hits++;
                    return e.Value;
                }
            }
        }

        var value = compute();
        lock (gate)
        {
            entries[next] = (shape, extra, value);
            next = (next + 1) % Size;
        }

        return value;
    }
}
