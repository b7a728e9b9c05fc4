using System;

namespace PiiGuard;

/// <summary>What a user-defined sink does with the data passed to it.</summary>
public enum PiiSinkKind
{
    /// <summary>Writes its arguments to a log (an audit logger, a logging facade).</summary>
    Log = 0,

    /// <summary>Serializes its arguments member by member (a custom JSON or message-bus writer).</summary>
    Serialize = 1,
}

/// <summary>
/// Marks a method as a sink PiiGuard cannot see into — a wrapper in another assembly, or one that calls native code.
/// Personal data passed to it is checked as for the built-in log or serialization sinks. Wrappers in the same
/// compilation need no attribute: PiiGuard follows data into their bodies. Outbound channels use
/// <see cref="PiiDestinationAttribute"/> instead.
/// </summary>
/// <example><code>[PiiSink(PiiSinkKind.Log)] public void Audit(string message, params object[] args) { ... }</code></example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class PiiSinkAttribute : Attribute
{
    /// <summary>Marks the method as a sink of the given kind.</summary>
    /// <param name="kind">What the method does with its arguments.</param>
    public PiiSinkAttribute(PiiSinkKind kind)
    {
        Kind = kind;
    }

    /// <summary>What the method does with its arguments.</summary>
    public PiiSinkKind Kind { get; }
}
