using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PiiGuard.Tests.Infrastructure;

/// <summary>Global analyzer config options (MSBuild properties as <c>build_property.X</c>) for driver-level tests.</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Options global;

    public TestOptionsProvider(IDictionary<string, string> buildProperties)
    {
        var values = new Dictionary<string, string>();
        foreach (var pair in buildProperties)
        {
            values["build_property." + pair.Key] = pair.Value;
        }

        global = new Options(values);
    }

    public override AnalyzerConfigOptions GlobalOptions => global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());
        private readonly Dictionary<string, string> values;

        public Options(Dictionary<string, string> values) => this.values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
