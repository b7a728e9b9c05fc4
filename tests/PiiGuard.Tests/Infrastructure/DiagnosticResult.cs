using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PiiGuard.Tests.Infrastructure;

/// <summary>An expected diagnostic, with the vocabulary of Microsoft.CodeAnalysis.Testing.</summary>
public readonly record struct DiagnosticResult
{
    public DiagnosticResult(string id, DiagnosticSeverity? severity = null)
    {
        Id = id;
        Severity = severity;
    }

    public string Id { get; init; }

    public DiagnosticSeverity? Severity { get; init; }

    public string? Path { get; init; }

    public LinePositionSpan? Span { get; init; }

    public int? LocationKey { get; init; }

    public ImmutableArray<string> Arguments { get; init; }

    public string? Message { get; init; }

    /// <summary>Expects the diagnostic at the span marked <c>{|#key:…|}</c>.</summary>
    public DiagnosticResult WithLocation(int key) => this with { LocationKey = key };

    /// <summary>Expects the diagnostic at one-based line/column positions, in the first source unless a path is given.</summary>
    public DiagnosticResult WithSpan(int startLine, int startColumn, int endLine, int endColumn) =>
        this with { Span = new LinePositionSpan(new LinePosition(startLine - 1, startColumn - 1), new LinePosition(endLine - 1, endColumn - 1)) };

    public DiagnosticResult WithSpan(string path, int startLine, int startColumn, int endLine, int endColumn) =>
        WithSpan(startLine, startColumn, endLine, endColumn) with { Path = path };

    /// <summary>Expects the message's format arguments, compared as strings.</summary>
    public DiagnosticResult WithArguments(params object[] arguments) =>
        this with { Arguments = arguments.Select(a => System.Convert.ToString(a, CultureInfo.InvariantCulture) ?? string.Empty).ToImmutableArray() };

    public DiagnosticResult WithMessage(string message) => this with { Message = message };

    public DiagnosticResult WithSeverity(DiagnosticSeverity severity) => this with { Severity = severity };

    public DiagnosticResult WithNoLocation() => this with { Span = default(LinePositionSpan), Path = string.Empty };

    public override string ToString()
    {
        var text = $"Diagnostic(\"{Id}\")";
        if (Span is { } span)
        {
            text += Path is { Length: > 0 } path
                ? $".WithSpan(\"{path}\", {span.Start.Line + 1}, {span.Start.Character + 1}, {span.End.Line + 1}, {span.End.Character + 1})"
                : $".WithSpan({span.Start.Line + 1}, {span.Start.Character + 1}, {span.End.Line + 1}, {span.End.Character + 1})";
        }

        if (!Arguments.IsDefault)
        {
            text += ".WithArguments(" + string.Join(", ", Arguments.Select(a => "\"" + a.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"")) + ")";
        }

        return text;
    }
}
