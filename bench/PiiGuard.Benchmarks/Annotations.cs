using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace PiiGuard.Benchmarks;

/// <summary>
/// PiiGuard attributes to add, in memory, to a checked-out code base that has none (bench/annotations/*.txt). One line
/// per entry: <c>path/relative/to/the/root.cs|Identifier|[attribute text]</c> — the attribute text is inserted before
/// every property, field and (method, constructor or record) parameter declaration named <c>Identifier</c> in that
/// file. Blank lines and lines starting with <c>#</c> are ignored. The checkout itself is never written.
/// </summary>
internal sealed class Annotations
{
    private readonly Dictionary<string, List<Entry>> byFile;

    private Annotations(Dictionary<string, List<Entry>> byFile) => this.byFile = byFile;

    public static Annotations None { get; } = new(new Dictionary<string, List<Entry>>(StringComparer.Ordinal));

    public IEnumerable<Entry> Entries => byFile.Values.SelectMany(e => e);

    public static Annotations Load(string path)
    {
        var byFile = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('|', 3);
            if (parts.Length != 3)
            {
                throw new FormatException($"{path}:{number}: expected 'file|Identifier|[attribute]'");
            }

            var file = parts[0].Trim().Replace('\\', '/');
            if (!byFile.TryGetValue(file, out var list))
            {
                byFile[file] = list = new List<Entry>();
            }

            list.Add(new Entry(file, parts[1].Trim(), parts[2].Trim(), number));
        }

        return new Annotations(byFile);
    }

    /// <summary>The file's text with this file's attributes inserted (unchanged when none apply).</summary>
    public SourceText Apply(string relativePath, SourceText text, CSharpParseOptions options)
    {
        if (!byFile.TryGetValue(relativePath.Replace('\\', '/'), out var entries))
        {
            return text;
        }

        var root = CSharpSyntaxTree.ParseText(text, options).GetRoot();
        var changes = new List<TextChange>();
        foreach (var entry in entries)
        {
            foreach (var declaration in Declarations(root, entry.Identifier))
            {
                changes.Add(new TextChange(new TextSpan(declaration.SpanStart, 0), entry.Attribute + " "));
                entry.Applied++;
            }
        }

        return changes.Count == 0 ? text : text.WithChanges(changes.OrderBy(c => c.Span.Start));
    }

    private static IEnumerable<SyntaxNode> Declarations(SyntaxNode root, string identifier)
    {
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case PropertyDeclarationSyntax property when property.Identifier.ValueText == identifier:
                    yield return property;
                    break;
                case FieldDeclarationSyntax field when field.Declaration.Variables.Any(v => v.Identifier.ValueText == identifier):
                    yield return field;
                    break;
                case ParameterSyntax parameter when parameter.Identifier.ValueText == identifier &&
                                                    parameter.Parent?.Parent is BaseMethodDeclarationSyntax or TypeDeclarationSyntax or LocalFunctionStatementSyntax or DelegateDeclarationSyntax:
                    yield return parameter;
                    break;
            }
        }
    }

    /// <summary>One line of an annotations file; <see cref="Applied"/> counts the declarations it matched.</summary>
    internal sealed class Entry
    {
        public Entry(string file, string identifier, string attribute, int line)
        {
            File = file;
            Identifier = identifier;
            Attribute = attribute;
            Line = line;
        }

        public string File { get; }

        public string Identifier { get; }

        public string Attribute { get; }

        public int Line { get; }

        public int Applied { get; set; }
    }
}
