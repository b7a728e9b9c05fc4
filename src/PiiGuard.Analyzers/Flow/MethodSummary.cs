using System.Collections.Immutable;
using System.Linq;
using PiiGuard.Analyzers.Sinks;

namespace PiiGuard.Analyzers.Flow;

/// <summary>How a sink treats one argument.</summary>
/// <param name="Kind">Log, serialize or send.</param>
/// <param name="Display">The sink as users name it, e.g. <c>ILogger.LogInformation</c>.</param>
/// <param name="IsException">The argument becomes an exception message.</param>
/// <param name="Destination">For sends: where the data goes.</param>
/// <param name="View">How an object argument is written (<see langword="null"/>: only its value).</param>
/// <param name="Family">For serialized objects: whose ignore attributes apply.</param>
internal sealed record SinkSpec(SinkKind Kind, string Display, bool IsException, Destination? Destination, ObjectView? View, SerializerFamily Family, string? Host = null)
{
    /// <summary>A send that no <c>[PiiDestination]</c> places (PII0404); <see cref="Host"/> names its host when the URL is known.</summary>
    public bool IsUnplacedSend => Kind == SinkKind.Send && Destination is null;
}

/// <summary>In a helper: parameter <paramref name="Ordinal"/> reaches <paramref name="Sink"/> through <paramref name="Path"/>.</summary>
/// <param name="CalleeSeesMembers">
/// The parameter's own type already exposes personal-data members to the sink, so the helper reports them itself and
/// callers only add their value flows (no duplicate report at every call site).
/// </param>
internal sealed record ParameterSink(int Ordinal, SinkSpec Sink, ImmutableArray<string> Path, bool CalleeSeesMembers);

/// <summary>In a helper: what an <c>out</c> or <c>ref</c> parameter holds when it returns.</summary>
/// <param name="Ordinal">The <c>out</c>/<c>ref</c> parameter.</param>
/// <param name="Facts">Declared data written to it.</param>
/// <param name="FromParameters">Parameters whose values are written to it (a <c>ref</c> parameter may keep its own).</param>
internal sealed record OutParameter(int Ordinal, ImmutableArray<PiiFact> Facts, ImmutableArray<int> FromParameters);

/// <summary>
/// What a method of the compilation does with personal data, as seen by its callers: which parameters reach which
/// sinks, which parameters flow to its return value and to its <c>out</c>/<c>ref</c> parameters, and which declared
/// data it returns.
/// </summary>
internal sealed class MethodSummary
{
    public static readonly MethodSummary Empty = new(ImmutableArray<ParameterSink>.Empty, ImmutableArray<PiiFact>.Empty, ImmutableArray<int>.Empty);

    public MethodSummary(ImmutableArray<ParameterSink> parameterSinks, ImmutableArray<PiiFact> returnFacts, ImmutableArray<int> returnParameters, ImmutableArray<OutParameter> outParameters = default)
    {
        ParameterSinks = parameterSinks;
        ReturnFacts = returnFacts;
        ReturnParameters = returnParameters;
        OutParameters = outParameters.IsDefault ? ImmutableArray<OutParameter>.Empty : outParameters;
    }

    /// <summary>What a helper that could not be followed is assumed to do: hand each argument back to its caller.</summary>
    public static MethodSummary PassThrough(int parameterCount) =>
        new(ImmutableArray<ParameterSink>.Empty, ImmutableArray<PiiFact>.Empty, Enumerable.Range(0, parameterCount).ToImmutableArray());

    public ImmutableArray<ParameterSink> ParameterSinks { get; }

    public ImmutableArray<PiiFact> ReturnFacts { get; }

    public ImmutableArray<int> ReturnParameters { get; }

    public ImmutableArray<OutParameter> OutParameters { get; }

    /// <summary>Declared data comes out of the call whatever it is given: returned, or written to an <c>out</c>/<c>ref</c> argument.</summary>
    public bool BringsData => !ReturnFacts.IsEmpty || OutParameters.Any(o => !o.Facts.IsEmpty);
}
