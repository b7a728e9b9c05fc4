using Microsoft.CodeAnalysis;

namespace PiiGuard.Analyzers.Flow;

/// <summary>
/// What the flow engine finds: one declared item reaching one sink, covered or not. The rules layer
/// (<see cref="Rules.FlowFindings"/>) turns hits into diagnostics; the data map (<see cref="Inventory.DataMapFacts"/>)
/// records every hit as a flow. Both read the same engine, so the map cannot list a flow the analyzer did not see, nor miss one.
/// </summary>
/// <param name="Sink">The sink: its kind, display name, destination and how it writes objects.</param>
/// <param name="Fact">The item, with the path it took.</param>
/// <param name="Location">The narrowest expression that carries the item into the sink.</param>
/// <param name="Container">The object the item is written as part of (a whole object logged or serialized), or <see langword="null"/>.</param>
internal sealed record SinkHit(SinkSpec Sink, PiiFact Fact, Location Location, string? Container);
