using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PiiGuard.Analyzers.Flow;

/// <summary>Lists of names in messages: <c>A</c>, <c>A and B</c>, <c>A, B and C</c>, <c>A, B and 9 more</c>.</summary>
internal static class NameList
{
    public static string Join(IReadOnlyList<string> names) => names.Count switch
    {
        0 => string.Empty,
        1 => names[0],
        2 or 3 => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1],
        _ => $"{names[0]}, {names[1]} and {(names.Count - 2).ToString(CultureInfo.InvariantCulture)} more",
    };
}
