using System.Threading;

namespace PiiGuard.Analyzers.Flow;

/// <summary>
/// How much work the flow engine did (bodies walked, helper summaries bound or not), for the benchmark and tests: off
/// unless <see cref="Enabled"/> is set, so a build pays one branch per count.
/// </summary>
internal static class FlowCounters
{
    private static long walked;
    private static long summarised;
    private static long opaque;
    private static long skipped;
    private static long past;
    private static long carried;
    private static long contentful;

    /// <summary>Whether counting is on (set by the benchmark or a test, never by a build).</summary>
    public static bool Enabled { get; set; }

    /// <summary>Bodies walked to report (analyzer) or map (generator).</summary>
    public static long Walked => Interlocked.Read(ref walked);

    /// <summary>Helper summaries computed from the helper's body (each binds it).</summary>
    public static long Summarised => Interlocked.Read(ref summarised);

    /// <summary>Helper summaries taken from the signature (the helper names no data and no sink; not bound).</summary>
    public static long Opaque => Interlocked.Read(ref opaque);

    /// <summary>Walked bodies that got past the early exit (the rest were bound for nothing).</summary>
    public static long PastEarlyExit => Interlocked.Read(ref past);

    /// <summary>Walked bodies in which some value carried declared data (the rest were walked for nothing).</summary>
    public static long Carried => Interlocked.Read(ref carried);

    /// <summary>Helper summaries with a parameter sink or declared data returned (the rest only pass values on).</summary>
    public static long Contentful => Interlocked.Read(ref contentful);

    /// <summary>Calls applied without asking for a summary (nothing to carry in or out).</summary>
    public static long Skipped => Interlocked.Read(ref skipped);

    public static void Reset()
    {
        Interlocked.Exchange(ref walked, 0);
        Interlocked.Exchange(ref summarised, 0);
        Interlocked.Exchange(ref opaque, 0);
        Interlocked.Exchange(ref skipped, 0);
        Interlocked.Exchange(ref past, 0);
        Interlocked.Exchange(ref carried, 0);
        Interlocked.Exchange(ref contentful, 0);
    }

    public static void CountPastEarlyExit()
    {
        if (Enabled)
        {
            Interlocked.Increment(ref past);
        }
    }

    public static void CountCarried()
    {
        if (Enabled)
        {
            Interlocked.Increment(ref carried);
        }
    }

    public static void CountContentful(MethodSummary summary)
    {
        if (Enabled && (summary.BringsData || !summary.ParameterSinks.IsEmpty))
        {
            Interlocked.Increment(ref contentful);
        }
    }

    public static void CountWalk()
    {
        if (Enabled)
        {
            Interlocked.Increment(ref walked);
        }
    }

    public static void CountSummary()
    {
        if (Enabled)
        {
            Interlocked.Increment(ref summarised);
        }
    }

    public static void CountOpaque()
    {
        if (Enabled)
        {
            Interlocked.Increment(ref opaque);
        }
    }

    public static void CountSkipped()
    {
        if (Enabled)
        {
            Interlocked.Increment(ref skipped);
        }
    }
}
