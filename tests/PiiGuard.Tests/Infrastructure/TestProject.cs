using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace PiiGuard.Tests.Infrastructure;

/// <summary>
/// Builds a one-project <see cref="AdhocWorkspace"/> from sources, an optional <c>.editorconfig</c> and an optional
/// global config (MSBuild properties as <c>build_property.X</c>), so that severities, pragmas and options reach
/// analyzers exactly as in a real build.
/// </summary>
internal sealed class TestProject
{
    public const string Directory = "/0/";

    public List<(string Path, string Text)> Sources { get; } = new();

    public string? EditorConfig { get; set; }

    /// <summary>Additional files (AdditionalFiles items), as (file name, text).</summary>
    public List<(string Path, string Text)> AdditionalFiles { get; } = new();

    public Dictionary<string, string> BuildProperties { get; } = new(StringComparer.Ordinal);

    /// <summary>Extra lines of the global config (e.g. severities of diagnostics reported without a location).</summary>
    public string? GlobalConfig { get; set; }

    public List<MetadataReference> AdditionalReferences { get; } = new();

    public string AssemblyName { get; set; } = "TestProject";

    public OutputKind OutputKind { get; set; } = OutputKind.DynamicallyLinkedLibrary;

    public ImmutableArray<MetadataReference> References { get; set; } = TestReferences.Default;

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public Project Build()
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            AssemblyName,
            AssemblyName,
            LanguageNames.CSharp,
            filePath: Directory + AssemblyName + ".csproj",
            compilationOptions: new CSharpCompilationOptions(OutputKind, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: ParseOptions,
            metadataReferences: References.AddRange(AdditionalReferences)));

        foreach (var (path, text) in Sources)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(path), SourceText.From(text), filePath: Directory + path);
        }

        foreach (var (path, text) in AdditionalFiles)
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(path), SourceText.From(text), filePath: Directory + path);
        }

        if (EditorConfig is not null)
        {
            solution = solution.AddAnalyzerConfigDocument(
                DocumentId.CreateNewId(projectId), ".editorconfig", SourceText.From("root = true\n" + EditorConfig), filePath: Directory + ".editorconfig");
        }

        if (BuildProperties.Count > 0 || GlobalConfig is not null)
        {
            var global = "is_global = true\n" + string.Concat(BuildProperties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"build_property.{p.Key} = {p.Value}\n")) + GlobalConfig;
            solution = solution.AddAnalyzerConfigDocument(
                DocumentId.CreateNewId(projectId), "build.globalconfig", SourceText.From(global), filePath: Directory + "build.globalconfig");
        }

        return solution.GetProject(projectId)!;
    }

    public async Task<Compilation> CompileAsync(CancellationToken cancellationToken = default) =>
        (await Build().GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;

    /// <summary>Compiles a separate library (e.g. a model assembly) and returns it as a metadata reference.</summary>
    public static MetadataReference CompileLibrary(string source, string assemblyName, params MetadataReference[] extraReferences)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source, ParseOptions, path: assemblyName + ".cs") },
            TestReferences.Default.AddRange(extraReferences),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException("The library does not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return MetadataReference.CreateFromImage(stream.ToArray(), filePath: assemblyName + ".dll");
    }
}
