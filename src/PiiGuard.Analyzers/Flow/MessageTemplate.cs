using System.Collections.Immutable;

namespace PiiGuard.Analyzers.Flow;

/// <summary>Reads the holes of a structured-logging message template (<c>"Order {OrderId} for {@Customer}"</c>).</summary>
internal static class MessageTemplate
{
    private static readonly char[] FormatSeparators = { ':', ',' };

    public readonly record struct Hole(string Name, bool Destructure);

    public static ImmutableArray<Hole> Holes(string? template)
    {
        if (template is null || template.IndexOf('{') < 0)
        {
            return ImmutableArray<Hole>.Empty;
        }

        var holes = ImmutableArray.CreateBuilder<Hole>();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
            {
                continue;
            }

            if (i + 1 < template.Length && template[i + 1] == '{')
            {
                i++;
                continue;
            }

            var end = template.IndexOf('}', i + 1);
            if (end < 0)
            {
                break;
            }

            var body = template.Substring(i + 1, end - i - 1);
            var destructure = body.Length > 0 && body[0] == '@';
            if (body.Length > 0 && (body[0] == '@' || body[0] == '$'))
            {
                body = body.Substring(1);
            }

            var stop = body.IndexOfAny(FormatSeparators);
            holes.Add(new Hole(stop >= 0 ? body.Substring(0, stop) : body, destructure));
            i = end;
        }

        return holes.ToImmutable();
    }
}
