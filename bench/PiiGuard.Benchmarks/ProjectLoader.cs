using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PiiGuard.Benchmarks;

/// <summary>One C# project of a checked-out code base, as far as the benchmark needs to compile it.</summary>
internal sealed record RealProject(
    string ProjectPath,
    string Name,
    string AssemblyName,
    string Sdk,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<string> Files,
    IReadOnlyList<string> ProjectReferences,
    IReadOnlyList<GlobalUsing> Usings,
    IReadOnlyList<string> PackageReferences)
{
    public string Directory => Path.GetDirectoryName(ProjectPath)!;

    public string? Property(string name) => Properties.TryGetValue(name, out var value) ? value : null;

    public bool IsTest =>
        Name.Contains("Test", StringComparison.OrdinalIgnoreCase) ||
        Sdk.StartsWith("MSTest", StringComparison.OrdinalIgnoreCase) ||
        PackageReferences.Any(p => p is "Microsoft.NET.Test.Sdk" or "xunit" or "NUnit" or "MSTest.TestFramework");
}

/// <summary>A <c>global using</c> as the SDK writes it from <c>ImplicitUsings</c> and <c>&lt;Using&gt;</c> items.</summary>
internal sealed record GlobalUsing(string Namespace, string? Alias, bool Static);

/// <summary>
/// Reads .csproj files the way the SDK's defaults would see them, without MSBuild: unconditional properties and items
/// of the project and of the <c>Directory.Build.props</c> files above it, default <c>**/*.cs</c> compile items (minus
/// bin/, obj/, dot folders and nested projects), <c>Compile Include/Remove</c>, <c>Using</c> and <c>ProjectReference</c>.
/// Conditional groups are skipped. Good enough to bind a code base; not a general MSBuild evaluator.
/// </summary>
internal static class ProjectLoader
{
    private static readonly string[] SkippedDirectories = { "bin", "obj", "node_modules" };

    public static IReadOnlyList<RealProject> Discover(string root)
    {
        root = Path.GetFullPath(root);
        var projects = Enumerate(root, "*.csproj").Select(p => Load(root, p)).ToList();
        return projects;
    }

    /// <summary>Projects in dependency order (references first); cycles and unknown references are ignored.</summary>
    public static IReadOnlyList<RealProject> InDependencyOrder(IReadOnlyList<RealProject> projects)
    {
        var byPath = projects.ToDictionary(p => p.ProjectPath, StringComparer.Ordinal);
        var ordered = new List<RealProject>();
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var project in projects.OrderBy(p => p.ProjectPath, StringComparer.Ordinal))
        {
            Visit(project);
        }

        return ordered;

        void Visit(RealProject project)
        {
            if (state.TryGetValue(project.ProjectPath, out var s) && s > 0)
            {
                return;
            }

            state[project.ProjectPath] = 1;
            foreach (var reference in project.ProjectReferences)
            {
                if (byPath.TryGetValue(reference, out var dependency))
                {
                    Visit(dependency);
                }
            }

            state[project.ProjectPath] = 2;
            ordered.Add(project);
        }
    }

    private static RealProject Load(string root, string projectPath)
    {
        var directory = Path.GetDirectoryName(projectPath)!;
        var document = XDocument.Load(projectPath);
        var sdk = (string?)document.Root?.Attribute("Sdk") ?? "Microsoft.NET.Sdk";
        var name = Path.GetFileNameWithoutExtension(projectPath);

        // Directory.Build.props from the root down to the project, then the project: later files win.
        var sources = new List<(string File, XDocument Document)>();
        for (var d = directory; d is not null && d.StartsWith(root, StringComparison.Ordinal); d = Path.GetDirectoryName(d))
        {
            var props = Path.Combine(d, "Directory.Build.props");
            if (File.Exists(props))
            {
                sources.Insert(0, (props, XDocument.Load(props)));
            }
        }

        sources.Add((projectPath, document));

        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["MSBuildProjectName"] = name,
            ["MSBuildProjectDirectory"] = directory,
        };
        var includes = new List<string>();
        var removes = new List<string>();
        var references = new List<string>();
        var packages = new List<string>();
        var usings = new List<GlobalUsing>();
        var usingRemoves = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, xml) in sources)
        {
            var fileDirectory = Path.GetDirectoryName(file)!;
            string Expand(string value) => Regex.Replace(value, @"\$\((\w+)\)", m =>
                m.Groups[1].Value.Equals("MSBuildThisFileDirectory", StringComparison.OrdinalIgnoreCase) ? fileDirectory + "/"
                : properties.TryGetValue(m.Groups[1].Value, out var p) ? p : m.Value);

            foreach (var group in xml.Root!.Elements().Where(e => e.Name.LocalName == "PropertyGroup" && e.Attribute("Condition") is null))
            {
                foreach (var property in group.Elements().Where(e => e.Attribute("Condition") is null))
                {
                    properties[property.Name.LocalName] = Expand(property.Value.Trim());
                }
            }

            foreach (var item in xml.Root!.Elements().Where(e => e.Name.LocalName == "ItemGroup" && e.Attribute("Condition") is null)
                         .SelectMany(g => g.Elements()).Where(e => e.Attribute("Condition") is null))
            {
                var include = (string?)item.Attribute("Include");
                var remove = (string?)item.Attribute("Remove");
                switch (item.Name.LocalName)
                {
                    case "Compile" when include is not null:
                        includes.AddRange(Split(Expand(include)).Select(p => Relative(directory, fileDirectory, p)));
                        break;
                    case "Compile" when remove is not null:
                        removes.AddRange(Split(Expand(remove)).Select(p => Relative(directory, fileDirectory, p)));
                        break;
                    case "Using" when include is not null:
                        usings.Add(new GlobalUsing(include, (string?)item.Attribute("Alias"), string.Equals((string?)item.Attribute("Static"), "true", StringComparison.OrdinalIgnoreCase)));
                        break;
                    case "Using" when remove is not null:
                        usingRemoves.Add(remove);
                        break;
                    case "ProjectReference" when include is not null:
                        var outputType = (string?)item.Attribute("OutputItemType") ?? (string?)item.Element(item.Name.Namespace + "OutputItemType");
                        var referenceOutput = (string?)item.Attribute("ReferenceOutputAssembly") ?? (string?)item.Element(item.Name.Namespace + "ReferenceOutputAssembly");
                        if (!string.Equals(outputType, "Analyzer", StringComparison.OrdinalIgnoreCase) && !string.Equals(referenceOutput, "false", StringComparison.OrdinalIgnoreCase))
                        {
                            references.Add(Path.GetFullPath(Path.Combine(fileDirectory, Expand(include).Replace('\\', '/'))));
                        }

                        break;
                    case "PackageReference" when include is not null:
                        packages.Add(include);
                        break;
                }
            }
        }

        // Compile items: SDK defaults, then explicit includes (linked files, globs), then removes.
        var files = new List<string>();
        if (!string.Equals(properties.GetValueOrDefault("EnableDefaultCompileItems"), "false", StringComparison.OrdinalIgnoreCase))
        {
            var nested = Enumerate(directory, "*.csproj").Select(p => Path.GetDirectoryName(p)!).Where(d => d != directory).ToList();
            files.AddRange(Enumerate(directory, "*.cs").Where(f => !nested.Any(n => f.StartsWith(n + "/", StringComparison.Ordinal))));
        }

        foreach (var include in includes)
        {
            if (include.Contains('*', StringComparison.Ordinal))
            {
                var matcher = Glob(include);
                files.AddRange(Enumerate(directory, "*.cs").Where(f => matcher.IsMatch(Path.GetRelativePath(directory, f).Replace('\\', '/'))));
            }
            else
            {
                var full = Path.GetFullPath(Path.Combine(directory, include));
                if (File.Exists(full) && full.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
                {
                    files.Add(full);
                }
            }
        }

        var removeMatchers = removes.Select(Glob).ToList();
        files = files.Distinct(StringComparer.Ordinal)
            .Where(f => !removeMatchers.Any(m => m.IsMatch(Path.GetRelativePath(directory, f).Replace('\\', '/'))))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

        var implicitUsings = properties.GetValueOrDefault("ImplicitUsings");
        if (implicitUsings is not null && (implicitUsings.Equals("enable", StringComparison.OrdinalIgnoreCase) || implicitUsings.Equals("true", StringComparison.OrdinalIgnoreCase)))
        {
            usings.InsertRange(0, ImplicitUsings(sdk).Select(n => new GlobalUsing(n, null, false)));
        }

        usings = usings.Where(u => !usingRemoves.Contains(u.Namespace)).Distinct().ToList();
        var assemblyName = properties.GetValueOrDefault("AssemblyName") is { Length: > 0 } a && !a.Contains("$(", StringComparison.Ordinal) ? a : name;
        return new RealProject(projectPath, name, assemblyName, sdk, properties, files, references.Distinct(StringComparer.Ordinal).ToList(), usings, packages);
    }

    /// <summary>The namespaces the SDKs' <c>ImplicitUsings</c> add (Microsoft.NET.Sdk and the Web/Worker/Aspire SDKs).</summary>
    private static IEnumerable<string> ImplicitUsings(string sdk)
    {
        string[] common = { "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks" };
        string[] hosting = { "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging" };
        if (sdk.StartsWith("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase))
        {
            return common.Concat(new[] { "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing" }).Concat(hosting);
        }

        if (sdk.StartsWith("Microsoft.NET.Sdk.Worker", StringComparison.OrdinalIgnoreCase))
        {
            return common.Concat(hosting);
        }

        if (sdk.StartsWith("Aspire.AppHost.Sdk", StringComparison.OrdinalIgnoreCase))
        {
            return common.Concat(new[] { "Aspire.Hosting", "Aspire.Hosting.ApplicationModel" });
        }

        return common;
    }

    private static string[] Split(string value) => value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>An item path relative to the project directory (items in Directory.Build.props are relative to the project too, unless rooted).</summary>
    private static string Relative(string projectDirectory, string declaringDirectory, string path)
    {
        path = path.Replace('\\', '/');
        return Path.IsPathRooted(path) ? Path.GetRelativePath(projectDirectory, path).Replace('\\', '/') : path;
    }

    /// <summary>An MSBuild-style glob (<c>**</c>, <c>*</c>, <c>?</c>) over '/'-separated relative paths.</summary>
    private static Regex Glob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        normalized = normalized.StartsWith("./", StringComparison.Ordinal) ? normalized[2..] : normalized;
        var escaped = Regex.Escape(normalized)
            .Replace(@"\*\*/", "(.*/)?", StringComparison.Ordinal)
            .Replace(@"\*\*", ".*", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace(@"\?", "[^/]", StringComparison.Ordinal);
        return new Regex("^" + escaped + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>Files under <paramref name="directory"/>, skipping bin/, obj/, node_modules/ and dot folders.</summary>
    private static IEnumerable<string> Enumerate(string directory, string pattern)
    {
        foreach (var file in Directory.EnumerateFiles(directory, pattern))
        {
            yield return file;
        }

        foreach (var sub in Directory.EnumerateDirectories(directory).OrderBy(d => d, StringComparer.Ordinal))
        {
            var leaf = Path.GetFileName(sub);
            if (leaf.StartsWith('.') || SkippedDirectories.Contains(leaf, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var file in Enumerate(sub, pattern))
            {
                yield return file;
            }
        }
    }
}
