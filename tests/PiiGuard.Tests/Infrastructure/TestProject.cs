using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PiiGuard.Tests.Infrastructure;

/// <summary>
/// Plain compilations for tests that drive Roslyn themselves (cancellation, generator drivers) and the second-assembly
/// helper: the testing packages add other projects only as project references, while a model library shipped as a
/// NuGet package reaches PiiGuard as metadata, which <see cref="CompileLibrary"/> reproduces.
/// </summary>
internal sealed class TestProject
{
    /// <summary>The folder the testing packages put test sources in (<c>/0/Test0.cs</c>).</summary>
    public const string Directory = "/0/";

    /// <summary>
    /// A global analyzer config that turns the data map off: code-fix tests are not about the map the flow analyzer
    /// reports at the end of every compilation that declares something (PII0990).
    /// </summary>
    public static readonly (string Path, string Text) NoDataMap = (Directory + "build.globalconfig", "is_global = true\nbuild_property.PiiGuardDataMap = false\n");

    public List<(string Path, string Text)> Sources { get; } = new();

    public List<MetadataReference> AdditionalReferences { get; } = new();

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static CSharpCompilationOptions LibraryOptions { get; } =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    public Task<Compilation> CompileAsync() => Task.FromResult<Compilation>(CSharpCompilation.Create(
        "TestProject",
        Sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, path: Directory + s.Path)),
        TestReferences.Default.All.AddRange(AdditionalReferences),
        LibraryOptions));

    /// <summary>Compiles a separate library (e.g. a model assembly) and returns it as a metadata reference.</summary>
    public static MetadataReference CompileLibrary(string source, string assemblyName, params MetadataReference[] extraReferences)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source, ParseOptions, path: assemblyName + ".cs") },
            TestReferences.Default.All.AddRange(extraReferences),
            LibraryOptions);
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException("The library does not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return MetadataReference.CreateFromImage(stream.ToArray(), filePath: assemblyName + ".dll");
    }
}
