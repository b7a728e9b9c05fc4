// Discovery's learned second opinion: how its tables are trained from the labelled sets (bench/discovery/name-model, and
// tests/PiiGuard.Tests, which checks that the shipped tables are what this writes from the labelled sets).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PiiGuard.Analyzers.Discovery;

internal static class NameModelTraining
{
    public sealed record Row(string Set, string Repo, string Container, string Member, string Type, string Label)
    {
        public bool Personal => Label != "-";

        /// <summary>The member's kind as extracted (property, field, constructor-parameter, record-parameter).</summary>
        public string Kind { get; init; } = string.Empty;
    }

    /// <summary>
    /// The labelled sets kept unseen, by the rules and by the model: never trained on, never scored here (the evaluation
    /// scores them once, totals only; docs/discovery.md, Results). Their number goes here when the set is committed.
    /// </summary>
    public static readonly string[] NeverTunedOn = { "heldout-80", "heldout-82", "heldout-84", "heldout-81", "heldout-85", "heldout-87", "heldout-86" };

    /// <summary>
    /// The rows of every labelled set in <paramref name="real"/> (tests/PiiGuard.Tests/Discovery/real) but the never-tuned
    /// ones, in file order.
    /// </summary>
    public static List<Row> Load(string real)
    {
        var rows = new List<Row>();
        foreach (var path in Directory.GetFiles(real, "*.tsv").Order(StringComparer.Ordinal))
        {
            var set = Path.GetFileNameWithoutExtension(path);
            if (set.Contains('.', StringComparison.Ordinal) || NeverTunedOn.Contains(set, StringComparer.Ordinal))
            {
                continue; // .attributes and .containers files; the sets kept unseen
            }

            foreach (var line in File.ReadLines(path, Encoding.UTF8))
            {
                if (line.StartsWith('#') || line.Length == 0)
                {
                    continue;
                }

                var c = line.Split('\t');
                if (c.Length >= 7)
                {
                    rows.Add(new Row(set, c[0].Split('@')[0], c[2], c[3], c[4], c[6]) { Kind = c[5] });
                }
            }
        }

        return rows;
    }

    // What is shipped, and what evaluate scores: weights whether personal of at least 0.05 rounded to three decimals, and
    // category weights of at least 0.2 rounded to two.
    public static Dictionary<string, double> Prune(Dictionary<string, double> w) =>
        w.Where(x => Math.Abs(x.Value) >= 0.05).ToDictionary(x => x.Key, x => Math.Round(x.Value, 3), StringComparer.Ordinal);

    public static Dictionary<string, double[]> Prune(Dictionary<string, double[]> w) =>
        w.Where(x => x.Value.Any(v => Math.Abs(v) >= 0.2))
            .ToDictionary(x => x.Key, x => x.Value.Select(v => Math.Abs(v) >= 0.2 ? Math.Round(v, 2) : 0.0).ToArray(), StringComparer.Ordinal);

    public static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z));

    // Whether the member holds a person's data: logistic regression, 15 epochs, rate 0.2 falling by a fifth each epoch.
    public static Dictionary<string, double> TrainPersonal(IReadOnlyList<Row> rows)
    {
        var data = rows.Select(r => (F: NameModel.Features(r.Container, r.Member, r.Type), Y: r.Personal ? 1.0 : 0.0)).ToArray();
        var w = new Dictionary<string, double>(StringComparer.Ordinal);
        var random = new Random(7);
        var rate = 0.2;
        for (var epoch = 0; epoch < 15; epoch++)
        {
            foreach (var i in Enumerable.Range(0, data.Length).OrderBy(_ => random.Next()).ToArray())
            {
                var (f, y) = data[i];
                var z = 0.0;
                foreach (var k in f)
                {
                    z += w.GetValueOrDefault(k);
                }

                var g = Sigmoid(z) - y;
                foreach (var k in f)
                {
                    var v = w.GetValueOrDefault(k);
                    w[k] = v - (rate * (g + (1e-4 * v)));
                }
            }

            rate *= 0.8;
        }

        return w;
    }

    // Which category, given that the member holds a person's data: softmax regression over the personal rows.
    public static (string[] Columns, Dictionary<string, double[]> W) TrainCategory(IReadOnlyList<Row> rows)
    {
        var personal = rows.Where(r => r.Personal).ToArray();
        var columns = personal.Select(r => r.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var data = personal.Select(r => (F: NameModel.Features(r.Container, r.Member, r.Type), Y: index[r.Label])).ToArray();
        var w = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var random = new Random(11);
        var rate = 0.1;
        var k = columns.Length;
        var z = new double[k];
        for (var epoch = 0; epoch < 12; epoch++)
        {
            foreach (var i in Enumerable.Range(0, data.Length).OrderBy(_ => random.Next()).ToArray())
            {
                var (f, y) = data[i];
                var vectors = f.Select(x => w.TryGetValue(x, out var v) ? v : w[x] = new double[k]).ToArray();
                for (var j = 0; j < k; j++)
                {
                    z[j] = vectors.Sum(v => v[j]);
                }

                var top = z.Max();
                var e = z.Select(x => Math.Exp(x - top)).ToArray();
                var s = e.Sum();
                for (var j = 0; j < k; j++)
                {
                    var g = (e[j] / s) - (j == y ? 1.0 : 0.0);
                    foreach (var v in vectors)
                    {
                        v[j] -= rate * (g + (1e-4 * v[j]));
                    }
                }
            }

            rate *= 0.8;
        }

        return (columns, w);
    }

    /// <summary>The two tables as the analyzer embeds them, trained on <paramref name="rows"/>, and a line saying what they hold.</summary>
    public static (string Personal, string Category, string Summary) Tables(IReadOnlyList<Row> rows)
    {
        var personal = Prune(TrainPersonal(rows));
        var (columns, trained) = TrainCategory(rows);
        var category = Prune(trained);
        var sets = rows.Select(r => r.Set).Distinct(StringComparer.Ordinal).Count();
        var header = $"# Written by bench/discovery/name-model (train) from {rows.Count} labelled members of {sets} sets; do not edit by hand.";

        var p = new StringBuilder(header + "\n# feature<TAB>weight whether personal (weights under 0.05 left out)\n");
        foreach (var (f, v) in personal.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            p.Append(f).Append('\t').Append(v.ToString("0.###", CultureInfo.InvariantCulture)).Append('\n');
        }

        var c = new StringBuilder(header + "\n# feature<TAB>category<TAB>weight which category, given personal (weights under 0.2 left out)\n");
        var entries = 0;
        foreach (var (f, v) in category.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            for (var j = 0; j < columns.Length; j++)
            {
                if (v[j] != 0)
                {
                    c.Append(f).Append('\t').Append(columns[j]).Append('\t').Append(v[j].ToString("0.##", CultureInfo.InvariantCulture)).Append('\n');
                    entries++;
                }
            }
        }

        return (p.ToString(), c.ToString(), $"{rows.Count} members of {sets} sets: {personal.Count} weights whether personal, {entries} category weights over {columns.Length} categories");
    }
}
