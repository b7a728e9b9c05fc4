// Trains discovery's learned second opinion (src/PiiGuard.Analyzers/Discovery/NameModel.cs) and measures it.
//
// Usage (from the repository root):
//   dotnet run -c Release --project bench/discovery/name-model -- train
//       train on every labelled set (tests/PiiGuard.Tests/Discovery/real/*.tsv) and write
//       src/PiiGuard.Analyzers/Discovery/NameModel.personal.tsv and NameModel.category.tsv
//   dotnet run -c Release --project bench/discovery/name-model -- evaluate <set,set,...> <evaluation log> [--without <set,set,...>]
//       train without the listed sets (and those after --without), score the listed ones: the rules alone (their errors
//       read from <evaluation log>, a DiscoveryEvaluationTests run with --logger "console;verbosity=detailed" at the commit
//       whose rules are compared), and the rules with the model's opinion at several points
// The features are NameModel.Features, the analyzer's own; training is plain SGD in a fixed order from a fixed seed, and
// the tables are written sorted with fixed precision, so the same labelled sets give byte-identical tables.
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PiiGuard.Analyzers.Discovery;

internal static class Program
{
    private sealed record Row(string Set, string Repo, string Container, string Member, string Type, string Label)
    {
        public bool Personal => Label != "-";
    }

    private static int Main(string[] args)
    {
        try
        {
            if (args.Length == 1 && args[0] == "train")
            {
                return Train();
            }

            if (args.Length >= 3 && args[0] == "evaluate")
            {
                var without = args.Length >= 5 && args[3] == "--without" ? args[4].Split(',', StringSplitOptions.RemoveEmptyEntries) : Array.Empty<string>();
                return Evaluate(args[1].Split(',', StringSplitOptions.RemoveEmptyEntries), args[2], without);
            }

            Console.Error.WriteLine("usage: name-model train | evaluate <set,set,...> <evaluation log> [--without <set,set,...>]");
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine("name-model: " + e.Message);
            return 2;
        }
    }

    private static string Root()
    {
        var dir = Directory.GetCurrentDirectory();
        if (!Directory.Exists(Path.Combine(dir, "tests", "PiiGuard.Tests", "Discovery", "real")))
        {
            throw new IOException("run from the repository root: no tests/PiiGuard.Tests/Discovery/real here");
        }

        return dir;
    }

    private static List<Row> Load()
    {
        var rows = new List<Row>();
        var real = Path.Combine(Root(), "tests", "PiiGuard.Tests", "Discovery", "real");
        foreach (var path in Directory.GetFiles(real, "*.tsv").Order(StringComparer.Ordinal))
        {
            var set = Path.GetFileNameWithoutExtension(path);
            if (set.Contains('.', StringComparison.Ordinal))
            {
                continue; // .attributes and .containers files
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
                    rows.Add(new Row(set, c[0].Split('@')[0], c[2], c[3], c[4], c[6]));
                }
            }
        }

        return rows;
    }

    // What is shipped, and what evaluate scores: weights whether personal of at least 0.05 rounded to three decimals, and
    // category weights of at least 0.2 rounded to two.
    private static Dictionary<string, double> Prune(Dictionary<string, double> w) =>
        w.Where(x => Math.Abs(x.Value) >= 0.05).ToDictionary(x => x.Key, x => Math.Round(x.Value, 3), StringComparer.Ordinal);

    private static Dictionary<string, double[]> Prune(Dictionary<string, double[]> w) =>
        w.Where(x => x.Value.Any(v => Math.Abs(v) >= 0.2))
            .ToDictionary(x => x.Key, x => x.Value.Select(v => Math.Abs(v) >= 0.2 ? Math.Round(v, 2) : 0.0).ToArray(), StringComparer.Ordinal);

    private static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z));

    // Whether the member holds a person's data: logistic regression, 15 epochs, rate 0.2 falling by a fifth each epoch.
    private static Dictionary<string, double> TrainPersonal(IReadOnlyList<Row> rows)
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
    private static (string[] Columns, Dictionary<string, double[]> W) TrainCategory(IReadOnlyList<Row> rows)
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

    private static int Train()
    {
        var rows = Load();
        var personal = Prune(TrainPersonal(rows));
        var (columns, trained) = TrainCategory(rows);
        var category = Prune(trained);
        var dir = Path.Combine(Root(), "src", "PiiGuard.Analyzers", "Discovery");
        var sets = rows.Select(r => r.Set).Distinct(StringComparer.Ordinal).Count();
        var header = $"# Written by bench/discovery/name-model (train) from {rows.Count} labelled members of {sets} sets; do not edit by hand.";

        var p = new StringBuilder(header + "\n# feature<TAB>weight whether personal (weights under 0.05 left out)\n");
        foreach (var (f, v) in personal.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            p.Append(f).Append('\t').Append(v.ToString("0.###", CultureInfo.InvariantCulture)).Append('\n');
        }

        File.WriteAllText(Path.Combine(dir, "NameModel.personal.tsv"), p.ToString(), new UTF8Encoding(false));

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

        File.WriteAllText(Path.Combine(dir, "NameModel.category.tsv"), c.ToString(), new UTF8Encoding(false));
        Console.WriteLine($"{rows.Count} members of {sets} sets: {personal.Count} weights whether personal, {entries} category weights over {columns.Length} categories");
        return 0;
    }

    private static int Evaluate(string[] sets, string log, string[] without)
    {
        var rows = Load();
        var unknown = sets.Concat(without).Where(s => !rows.Any(r => r.Set == s)).ToArray();
        if (unknown.Length > 0)
        {
            throw new IOException("no labelled set " + string.Join(", ", unknown));
        }

        var held = sets.ToHashSet(StringComparer.Ordinal);
        var excluded = sets.Concat(without).ToHashSet(StringComparer.Ordinal);
        var train = rows.Where(r => !excluded.Contains(r.Set)).ToArray();
        var w = Prune(TrainPersonal(train));
        var (columns, trainedCategory) = TrainCategory(train);
        var cw = Prune(trainedCategory);
        var (fn, fp) = RuleErrors(log);
        var scored = rows.Where(r => held.Contains(r.Set)).Select(r =>
        {
            var key = (r.Repo, r.Container, r.Member);
            var rules = r.Personal ? !fn.Contains(key) : fp.Contains(key);
            var f = NameModel.Features(r.Container, r.Member, r.Type);
            var p = Sigmoid(f.Sum(x => w.GetValueOrDefault(x)));
            var best = Enumerable.Range(0, columns.Length).MaxBy(j => f.Sum(x => cw.TryGetValue(x, out var v) ? v[j] : 0.0));
            // Where the model has no opinion (NameModel.HasOpinion) it leaves the rules' answer as it is.
            if (!NameModel.HasOpinion(rules, r.Member, r.Type))
            {
                p = rules ? 1.0 : 0.0;
            }

            return (Row: r, Rules: rules, P: p, Category: columns[best]);
        }).ToArray();
        int y = scored.Count(s => s.Row.Personal), rh = scored.Count(s => s.Rules && s.Row.Personal), rf = scored.Count(s => s.Rules);
        Console.WriteLine($"{sets.Length} sets, trained on {train.Length} members of the other sets; rules {Ratio(rh, rf)} ({rh}/{rf}) / {Ratio(rh, y)} ({y} personal)");
        foreach (var veto in new[] { 0.0, 0.05, 0.1, 0.2 })
        {
            foreach (var add in new[] { 0.7, 0.8, 0.9, 0.95 })
            {
                bool Flag((Row Row, bool Rules, double P, string Category) s) => s.Rules ? s.P >= veto : s.P >= add;
                int h = scored.Count(s => Flag(s) && s.Row.Personal), f = scored.Count(Flag);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  veto below {veto:0.00}, add at {add:0.00}: {Ratio(h, f)} / {Ratio(h, y)} ({h - rh:+0;-0;0} hits, {f - h - (rf - rh):+0;-0;0} false hits)"));
            }
        }

        var added = scored.Where(s => !s.Rules && s.P >= NameModel.AddAt && s.Row.Personal).ToArray();
        Console.WriteLine($"  at the shipped points (veto below {NameModel.VetoBelow}, add at {NameModel.AddAt}): category agreement on added hits {added.Count(s => s.Category == s.Row.Label)}/{added.Length}");
        foreach (var set in sets)
        {
            var s = scored.Where(x => x.Row.Set == set).ToArray();
            bool Flag((Row Row, bool Rules, double P, string Category) x) => x.Rules ? x.P >= NameModel.VetoBelow : x.P >= NameModel.AddAt;
            int sy = s.Count(x => x.Row.Personal), sh = s.Count(x => x.Rules && x.Row.Personal), sf = s.Count(x => x.Rules);
            int uh = s.Count(x => Flag(x) && x.Row.Personal), uf = s.Count(Flag);
            Console.WriteLine($"  {set}: rules {Ratio(sh, sf)} / {Ratio(sh, sy)}; with the model {Ratio(uh, uf)} / {Ratio(uh, sy)}");
        }

        foreach (var s in scored.Where(s => s.Rules ? s.P < NameModel.VetoBelow : s.P >= NameModel.AddAt).OrderBy(s => s.Row.Set, StringComparer.Ordinal).ThenBy(s => s.Row.Container, StringComparer.Ordinal).ThenBy(s => s.Row.Member, StringComparer.Ordinal))
        {
            var what = s.Rules ? (s.Row.Personal ? "vetoed hit" : "vetoed false hit") : (s.Row.Personal ? "added hit" : "added false hit");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {what} {s.P:0.00} {s.Row.Set} {s.Row.Repo} {s.Row.Container}.{s.Row.Member} ({s.Row.Type}) {s.Row.Label}{(s.Rules ? string.Empty : " as " + s.Category)}"));
        }

        return 0;
    }

    private static string Ratio(int a, int b) => b == 0 ? "-" : ((double)a / b).ToString("0.000", CultureInfo.InvariantCulture);

    private static (HashSet<(string, string, string)> FalseNegatives, HashSet<(string, string, string)> FalsePositives) RuleErrors(string log)
    {
        var fn = new HashSet<(string, string, string)>();
        var fp = new HashSet<(string, string, string)>();
        foreach (Match m in Regex.Matches(File.ReadAllText(log), @"false (negative|positive): (\S+) (\S+)\.(\S+) \("))
        {
            (m.Groups[1].Value == "negative" ? fn : fp).Add((m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value));
        }

        if (fn.Count + fp.Count == 0)
        {
            throw new InvalidDataException(log + " holds no false negative or positive line: run the evaluation with --logger \"console;verbosity=detailed\"");
        }

        return (fn, fp);
    }
}
